#include "views/common/shownofcountlabel.h"

#include "models/itemmodels/pagedtablemodel.h"

#include <QLocale>

#include <algorithm>

ShownOfCountLabel::ShownOfCountLabel(PagedTableSignals* model, QWidget* parent)
    : QLabel(parent)
    , m_model(model)
{
    connect(model, &PagedTableSignals::loaded, this, &ShownOfCountLabel::update);
    connect(model, &PagedTableSignals::totalCountChanged, this, &ShownOfCountLabel::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ShownOfCountLabel::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ShownOfCountLabel::update);
    update();
}

void ShownOfCountLabel::update()
{
    const QLocale locale;
    // In a storm rows arrive before the count that includes them comes back from the store; the rows shown
    // exist.
    const int shown = m_model->rowCount();
    setText(tr("%1 shown of %2")
                .arg(locale.toString(shown), locale.toString(std::max(shown, m_model->totalCount()))));
}
