#pragma once

#include "document.h"
#include "navigatormodel.h"
#include "studio.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// The Studio as relais-studio starts it (Studio::start on an engine, then the
// folder opened), and what a person does with its window: find what is on
// screen, click it, press keys, type. Shared by the end-to-end test, the
// child process it kills, and the screenshot test.
class StudioWindow
{
public:
    // What app/studio/main.cpp sets before anything else, with settings,
    // journals and locks in Qt's test locations.
    static void initApplication()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("emmaus-connect.org"));
        QCoreApplication::setApplicationName(QStringLiteral("Relais Studio"));
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    explicit StudioWindow(const QString &language = QStringLiteral("fr"))
    {
        m_studio.setLanguage(language);
        if (m_studio.start(m_engine))
            m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
    }

    Relais::Studio &studio() { return m_studio; }
    Relais::Document *doc() const { return m_studio.document(); }
    QQuickWindow *window() const { return m_window; }

    // Shown and active, so that keyboard shortcuts reach it.
    bool show()
    {
        if (!m_window || !QTest::qWaitForWindowExposed(m_window, 20000))
            return false;
        m_window->requestActivate();
        return QTest::qWaitForWindowActive(m_window, 20000);
    }

    bool open(const QString &path)
    {
        if (!doc()->open(path))
            return false;
        m_studio.addRecent(path);
        return true;
    }

    // Anything of the window by objectName: items, and popups, which are not items.
    QObject *object(const QString &name) const
    {
        if (!m_window)
            return nullptr;
        if (QObject *found = m_window->findChild<QObject *>(name))
            return found;
        return findItem(m_window->contentItem(), [&name](QQuickItem *i) { return i->objectName() == name; });
    }

    QQuickItem *item(const QString &name) const { return qobject_cast<QQuickItem *>(object(name)); }

    // The titles of the dialogs and popups on screen.
    QStringList openPopups() const
    {
        QStringList out;
        if (m_window)
            for (QObject *o : m_window->findChildren<QObject *>())
                if (o->inherits("QQuickPopup") && o->property("visible").toBool())
                    out << o->property("title").toString();
        return out;
    }

    // The form shown for the selection.
    QQuickItem *editor() const
    {
        QObject *loader = object(QStringLiteral("editorLoader"));
        return loader ? loader->property("item").value<QQuickItem *>() : nullptr;
    }

    // The text input of a form field, by the key diagnostics use ("title", "payload/question").
    QQuickItem *field(const QString &key) const
    {
        return findItem(editor(), [&key](QQuickItem *i) {
            return i->isVisible() && (i->inherits("QQuickTextInput") || i->inherits("QQuickTextEdit"))
                && i->property("fieldKey").toString() == key;
        });
    }

    // The navigator's delegate for an object of the curriculum, once it is laid out.
    QQuickItem *navigatorRow(const QString &kind, int first, int second = -1) const
    {
        Relais::NavigatorModel *nav = doc()->navigator();
        const QString firstRole = kind == QLatin1String("pathway") || kind == QLatin1String("step")
            ? QStringLiteral("pathway") : QStringLiteral("module");
        const QString secondRole = kind == QLatin1String("step") ? QStringLiteral("step") : QStringLiteral("activity");
        for (int row = 0; row < nav->rowCount(); ++row) {
            const QVariantMap data = nav->rowData(row);
            if (data.value(QStringLiteral("kind")).toString() != kind || data.value(firstRole).toInt() != first
                || data.value(secondRole).toInt() != second)
                continue;
            QQuickItem *delegate = nullptr;
            QMetaObject::invokeMethod(item(QStringLiteral("navigatorList")), "itemAtIndex",
                                      Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row));
            return delegate;
        }
        return nullptr;
    }

    // A left click in the middle of an item, where a person could click it:
    // false when it is hidden, outside the window, or scrolled out of view.
    bool click(QQuickItem *target)
    {
        if (!target || !target->isVisible() || target->window() != m_window)
            return false;
        const QPointF centre(target->width() / 2, target->height() / 2);
        const QPointF scene = target->mapToScene(centre);
        if (!QRectF(QPointF(0, 0), m_window->size()).contains(scene))
            return false;
        for (QQuickItem *a = target->parentItem(); a; a = a->parentItem())
            if (a->clip() && !a->contains(a->mapFromScene(scene)))
                return false;
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, scene.toPoint());
        return true;
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window, key, modifiers);
    }

    // A standard shortcut as this platform spells it (Redo is Ctrl+Y on some, Ctrl+Shift+Z on others).
    void key(QKeySequence::StandardKey standard) { QTest::keySequence(m_window, QKeySequence(standard)); }

    // Each character as its own key (Qt's key codes are the upper-case
    // characters), accented ones included, which QTest::keyClicks cannot send to a QWindow.
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
    }

    // Tab through the window until the field with that key has the focus.
    bool tabTo(const QString &key, int maxTabs = 40)
    {
        for (int i = 0; i < maxTabs; ++i) {
            QQuickItem *focus = m_window->activeFocusItem();
            if (focus && focus->property("fieldKey").toString() == key)
                return true;
            QTest::keyClick(m_window, Qt::Key_Tab);
        }
        return false;
    }

    // The field by mouse when it is in view, by Tab otherwise, then the text
    // cursor at its end: where a person would start typing.
    bool focusField(const QString &fieldKey)
    {
        QQuickItem *f = field(fieldKey);
        if (!f)
            return false;
        if (!click(f) && !tabTo(fieldKey))
            return false;
        if (!f->hasActiveFocus())
            return false;
        key(Qt::Key_End, f->inherits("QQuickTextEdit") ? Qt::ControlModifier : Qt::NoModifier);
        return true;
    }

    static QQuickItem *findItem(QQuickItem *root, const std::function<bool(QQuickItem *)> &match)
    {
        if (!root)
            return nullptr;
        if (match(root))
            return root;
        const QList<QQuickItem *> children = root->childItems();
        for (QQuickItem *child : children)
            if (QQuickItem *found = findItem(child, match))
                return found;
        return nullptr;
    }

private:
    // Declared in this order, as in main.cpp: the window goes before the document it shows.
    Relais::Studio m_studio;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
};

// The main() of an end-to-end test: a home of its own, so that the settings
// (language, recent files), journals and locks left by other tests never
// change what it sees, then the application and the test.
template <typename Test>
int runInOwnHome(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    StudioWindow::initApplication();
    QGuiApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}
