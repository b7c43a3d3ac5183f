#include "views/alerts/silencesdock.h"

#include "models/domain/timeformat.h"
#include "models/itemmodels/silencelistmodel.h"
#include "models/store/incidentcommands.h"
#include "views/common/recordtable.h"
#include "views/dialogs/silencedialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kRefreshMs = 30000;
}

SilencesDock::SilencesDock(
    IncidentCommands* commands, AsyncIncidentStore* store, const Clock* clock, QWidget* parent)
    : QDockWidget(tr("Silences"), parent)
    , m_commands(commands)
    , m_store(store)
    , m_clock(clock)
    , m_model(new SilenceListModel(clock, this))
{
    setObjectName(QStringLiteral("SilencesDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New silence…"), content);
    add->setObjectName(QStringLiteral("NewSilence"));
    m_expire = new QPushButton(tr("&End now"), content);
    m_expire->setObjectName(QStringLiteral("ExpireSilence"));
    m_expire->setToolTip(tr("End the selected silence; the alerts it held fire again"));
    buttons->addWidget(add);
    buttons->addWidget(m_expire);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("SilencesView"));
    m_view->setModel(m_model);
    configureRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(SilenceListModel::MatchersColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SilenceListModel::CommentColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(add, &QPushButton::clicked, this, &SilencesDock::addSilence);
    connect(m_expire, &QPushButton::clicked, this, &SilencesDock::expireCurrent);
    const auto updateButtons = [this] { m_expire->setEnabled(m_view->currentIndex().isValid()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    updateButtons();
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &SilencesDock::reload);
    m_refresh.start();
    connect(commands, &IncidentCommands::silencesChanged, this, &SilencesDock::reload);
    reload();
}

void SilencesDock::reload()
{
    m_store->run<StoreResult<QList<Silence>>>(
        this, [](IncidentStore& store) { return store.silences().list(false); },
        [this](const StoreResult<QList<Silence>>& silences) {
            if (silences)
                m_model->setSilences(*silences);
            else
                Q_EMIT statusMessage(silences.error());
        });
}

void SilencesDock::addSilence()
{
    SilenceDialog dialog(m_clock->nowUtc(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_commands->addSilence(dialog.silence(), [this](const Silence& silence) {
        Q_EMIT statusMessage(
            tr("Silenced %1 until %2.").arg(silence.matchersText(), TimeFormat::local(silence.endsAt)));
    });
}

void SilencesDock::expireCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_commands->expireSilence(
        current.data(SilenceListModel::SilenceIdRole).toLongLong(), [this](const Silence& silence) {
            Q_EMIT statusMessage(tr("Ended the silence %1.").arg(silence.matchersText()));
        });
}
