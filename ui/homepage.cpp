#include "homepage.h"

#include "catalogpanel.h"
#include "findpanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace madoguchi::ui {
namespace {

QFont scaled(const QFont& base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel* makeLabel(QWidget* parent, const QString& objectName, const QFont& font)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("homePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 16, 48, 16);
    layout->setSpacing(12);

    m_demo = makeLabel(this, QStringLiteral("demoBanner"), scaled(font(), 1.4, true));
    m_demo->setText(tr("Demo database: every person in it is made up."));
    m_demo->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #5c4300; border: 1px solid #e0c36a;"
                       " border-radius: 6px; padding: 10px; }"));
    layout->addWidget(m_demo);

    m_city = makeLabel(this, QStringLiteral("cityName"), scaled(font(), 2.2, true));
    layout->addWidget(m_city);
    m_cityCode = makeLabel(this, QStringLiteral("cityCode"), scaled(font(), 1.4, false));
    layout->addWidget(m_cityCode);

    auto* counts = new QHBoxLayout;
    counts->setSpacing(32);
    counts->addStretch(1);
    m_residents = addCount(counts, QStringLiteral("residentCount"), tr("Residents"));
    m_households = addCount(counts, QStringLiteral("householdCount"), tr("Households"));
    counts->addStretch(1);
    layout->addLayout(counts);

    m_error = makeLabel(this, QStringLiteral("summaryError"), scaled(font(), 1.3, false));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    layout->addWidget(m_error);
    // The clerk's first step: find the resident (issue #7, 1a).
    // The results get the room: a clerk reads them all day; the catalog
    // below is for a glance.
    m_find = new FindPanel(this);
    layout->addWidget(m_find, 8);
    m_catalog = new CatalogPanel(this);
    m_catalog->setMaximumHeight(170);
    layout->addWidget(m_catalog, 1);

    showSummary({});
}

QLabel* HomePage::addCount(QBoxLayout* row, const QString& objectName, const QString& caption)
{
    auto* card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(260);
    auto* box = new QVBoxLayout(card);
    box->setContentsMargins(16, 6, 16, 6);
    auto* number = makeLabel(card, objectName, scaled(font(), 2.4, true));
    auto* title
        = makeLabel(card, objectName + QStringLiteral("Caption"), scaled(font(), 1.2, false));
    title->setText(caption);
    box->addWidget(number);
    box->addWidget(title);
    row->addWidget(card);
    return number;
}

void HomePage::showSummary(const registry::RegisterSummary& summary)
{
    QString place = summary.cityName;
    if (!summary.prefecture.isEmpty() && !place.isEmpty())
        place = summary.prefecture + QLatin1Char(' ') + place;
    m_city->setText(place.isEmpty() ? tr("No city is set in this database yet") : place);
    m_cityCode->setText(summary.cityCode.isEmpty()
            ? QString()
            : tr("Local government code %1").arg(summary.cityCode));
    m_cityCode->setVisible(!summary.cityCode.isEmpty());
    const QLocale locale;
    m_residents->setText(locale.toString(summary.residents));
    m_households->setText(locale.toString(summary.households));
    m_demo->setVisible(summary.demo);
    m_error->clear();
    m_error->hide();
}

void HomePage::showError(const QString& message)
{
    showSummary({});
    m_residents->setText(QStringLiteral("–"));
    m_households->setText(QStringLiteral("–"));
    m_error->setText(tr("The register could not be read: %1").arg(message));
    m_error->show();
}

} // namespace madoguchi::ui
