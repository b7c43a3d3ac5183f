#include "views/runbook/runbookdock.h"

#include <QComboBox>
#include <QTextBrowser>
#include <QVBoxLayout>

RunbookDock::RunbookDock(PlaybookCatalog catalog, QWidget* parent)
    : QDockWidget(tr("Runbook"), parent)
    , m_catalog(std::move(catalog))
{
    setObjectName(QStringLiteral("RunbookDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_choice = new QComboBox(content);
    m_choice->setObjectName(QStringLiteral("RunbookChoice"));
    for (const Runbook& runbook : m_catalog.runbooks)
        m_choice->addItem(runbook.title, runbook.id);
    layout->addWidget(m_choice);
    m_browser = new QTextBrowser(content);
    m_browser->setObjectName(QStringLiteral("RunbookText"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser, 1);
    setWidget(content);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &RunbookDock::showIndex);
    showIndex(m_choice->currentIndex());
}

void RunbookDock::showIndex(int index)
{
    const Runbook* runbook = m_catalog.runbook(m_choice->itemData(index).toString());
    if (runbook)
        m_browser->setMarkdown(runbook->markdown);
    else
        m_browser->setPlainText(
            tr("No runbooks: add Markdown files to the runbooks folder of the configuration directory."));
}

bool RunbookDock::showRunbook(const QString& linkOrId)
{
    const Runbook* runbook = m_catalog.runbookForLink(linkOrId);
    if (!runbook)
        return false;
    m_choice->setCurrentIndex(m_choice->findData(runbook->id));
    show();
    raise();
    return true;
}
