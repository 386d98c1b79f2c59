#include "live_translator.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableWidget>

#include "translator_setup.h"

namespace gs {
namespace {

LiveTranslator* theInstance = nullptr;

// Sets a text again when it came from the translator; `get` and `set` read and write one text.
template <class Get, class Set>
void redo(const LiveTranslator& t, Get get, Set set) {
  const QString now = get();
  if (now.isEmpty()) return;
  const QString again = t.retranslated(now);
  if (!again.isNull() && again != now) set(again);
}

void retranslateWidget(const LiveTranslator& t, QWidget* w) {
  redo(
      t, [w] { return w->windowTitle(); }, [w](const QString& s) { w->setWindowTitle(s); });
  redo(
      t, [w] { return w->toolTip(); }, [w](const QString& s) { w->setToolTip(s); });
  redo(
      t, [w] { return w->statusTip(); }, [w](const QString& s) { w->setStatusTip(s); });
  if (auto* l = qobject_cast<QLabel*>(w))
    redo(
        t, [l] { return l->text(); }, [l](const QString& s) { l->setText(s); });
  if (auto* b = qobject_cast<QAbstractButton*>(w))
    redo(
        t, [b] { return b->text(); }, [b](const QString& s) { b->setText(s); });
  if (auto* g = qobject_cast<QGroupBox*>(w))
    redo(
        t, [g] { return g->title(); }, [g](const QString& s) { g->setTitle(s); });
  if (auto* m = qobject_cast<QMenu*>(w))
    redo(
        t, [m] { return m->title(); }, [m](const QString& s) { m->setTitle(s); });
  if (auto* e = qobject_cast<QLineEdit*>(w))
    redo(
        t, [e] { return e->placeholderText(); },
        [e](const QString& s) { e->setPlaceholderText(s); });
  if (auto* c = qobject_cast<QComboBox*>(w))
    for (int i = 0; i < c->count(); ++i) {
      redo(
          t, [c, i] { return c->itemText(i); }, [c, i](const QString& s) { c->setItemText(i, s); });
      redo(
          t, [c, i] { return c->itemData(i, Qt::ToolTipRole).toString(); },
          [c, i](const QString& s) { c->setItemData(i, s, Qt::ToolTipRole); });
    }
  if (auto* tabs = qobject_cast<QTabWidget*>(w))
    for (int i = 0; i < tabs->count(); ++i)
      redo(
          t, [tabs, i] { return tabs->tabText(i); },
          [tabs, i](const QString& s) { tabs->setTabText(i, s); });
  if (auto* table = qobject_cast<QTableWidget*>(w))
    for (int c = 0; c < table->columnCount(); ++c)
      if (QTableWidgetItem* h = table->horizontalHeaderItem(c)) {
        redo(
            t, [h] { return h->text(); }, [h](const QString& s) { h->setText(s); });
        redo(
            t, [h] { return h->toolTip(); }, [h](const QString& s) { h->setToolTip(s); });
      }
}

void retranslateAction(const LiveTranslator& t, QAction* a) {
  redo(
      t, [a] { return a->text(); }, [a](const QString& s) { a->setText(s); });
  redo(
      t, [a] { return a->toolTip(); }, [a](const QString& s) { a->setToolTip(s); });
  redo(
      t, [a] { return a->statusTip(); }, [a](const QString& s) { a->setStatusTip(s); });
}

// Titles, axis labels, legend names and free texts of a plot.
void retranslatePlot(const LiveTranslator& t, QCustomPlot* plot) {
  for (QCPTextElement* e : plot->findChildren<QCPTextElement*>())
    redo(
        t, [e] { return e->text(); }, [e](const QString& s) { e->setText(s); });
  for (QCPAxis* a : plot->findChildren<QCPAxis*>())
    redo(
        t, [a] { return a->label(); }, [a](const QString& s) { a->setLabel(s); });
  for (int i = 0; i < plot->plottableCount(); ++i) {
    QCPAbstractPlottable* p = plot->plottable(i);
    redo(
        t, [p] { return p->name(); }, [p](const QString& s) { p->setName(s); });
  }
  for (int i = 0; i < plot->itemCount(); ++i)
    if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
      redo(
          t, [text] { return text->text(); }, [text](const QString& s) { text->setText(s); });
  plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace

LiveTranslator::LiveTranslator(QObject* parent) : QTranslator(parent) {}

LiveTranslator* LiveTranslator::instance() { return theInstance; }

LiveTranslator* LiveTranslator::install(QCoreApplication& app, const QString& language) {
  if (!theInstance) {
    theInstance = new LiveTranslator(&app);
    QObject::connect(theInstance, &QObject::destroyed, [] { theInstance = nullptr; });
  }
  QCoreApplication::removeTranslator(theInstance);
  if (!theInstance->load(language))
    qWarning("GradScope: no translation gradscope_%s.qm found in %s; showing English.",
             qPrintable(language), qPrintable(translationSearchDirs().join(", ")));
  QCoreApplication::installTranslator(theInstance);
  return theInstance;
}

bool LiveTranslator::load(const QString& language) {
  if (language == QLatin1String("en")) {  // the source strings are English
    catalogue_.reset();
    qtCatalogue_.reset();
    language_ = language;
    return true;
  }
  auto catalogue = std::make_unique<QTranslator>();
  if (!loadTranslation(*catalogue, language)) return false;
  catalogue_ = std::move(catalogue);
  qtCatalogue_ = std::make_unique<QTranslator>();
  if (!qtCatalogue_->load(QStringLiteral("qtbase_") + language,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    qtCatalogue_.reset();
  language_ = language;
  return true;
}

bool LiveTranslator::switchTo(const QString& language) {
  if (language == language_) return true;
  if (!load(language)) return false;
  // Re-installing sends LanguageChange to every widget (PaceBox and others rebuild their texts).
  QCoreApplication::removeTranslator(this);
  QCoreApplication::installTranslator(this);
  retranslateEverything();
  return true;
}

QString LiveTranslator::translate(const char* context, const char* sourceText,
                                  const char* disambiguation, int n) const {
  if (!sourceText || !*sourceText) return {};
  QString out =
      catalogue_ ? catalogue_->translate(context, sourceText, disambiguation, n) : QString();
  if (out.isEmpty() && qtCatalogue_)
    out = qtCatalogue_->translate(context, sourceText, disambiguation, n);
  if (out.isEmpty()) out = QString::fromUtf8(sourceText);
  // Remembered as shown: QCoreApplication replaces %n after this returns.
  QString shown = out;
  if (n >= 0) shown.replace(QLatin1String("%n"), QString::number(n));
  QMutexLocker lock(&mutex_);
  handedOut_.insert(shown, {QByteArray(context), QByteArray(sourceText),
                            QByteArray(disambiguation ? disambiguation : ""), n});
  return out;
}

QString LiveTranslator::retranslated(const QString& shown) const {
  Key key;
  {
    QMutexLocker lock(&mutex_);
    auto it = handedOut_.constFind(shown);
    if (it == handedOut_.constEnd()) return {};
    key = it.value();
  }
  const char* dis = key.disambiguation.isEmpty() ? nullptr : key.disambiguation.constData();
  return QCoreApplication::translate(key.context.constData(), key.source.constData(), dis, key.n);
}

void LiveTranslator::retranslateEverything() {
  for (QWidget* top : QApplication::topLevelWidgets()) {
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* w : widgets) {
      retranslateWidget(*this, w);
      if (auto* plot = qobject_cast<QCustomPlot*>(w)) retranslatePlot(*this, plot);
    }
    for (QAction* a : top->findChildren<QAction*>()) retranslateAction(*this, a);
  }
}

}  // namespace gs
