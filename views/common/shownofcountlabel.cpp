#include "shownofcountlabel.h"

#include "itemmodels/pagedtablemodel.h"

#include <QLocale>

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
    setText(tr("%1 shown of %2").arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}
