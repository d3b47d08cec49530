#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlApplicationEngine;

namespace Relais {

class Document;

// The application around the document: settings (language, recent files),
// the curricula shipped with Relais as templates, and small services QML
// has no access to.
class Studio : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by main()")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    Q_PROPERTY(QVariantList templates READ templates CONSTANT)
    Q_PROPERTY(QString defaultFolder READ defaultFolder CONSTANT)
    Q_PROPERTY(Relais::Document *document READ document CONSTANT)

public:
    explicit Studio(QObject *parent = nullptr);
    ~Studio() override;

    // Loads the main window into engine; false when QML failed to load.
    bool start(QQmlApplicationEngine &engine);

    QString language() const { return m_language; }  // "", "fr" or "en"; "" follows the system
    void setLanguage(const QString &language);
    QString effectiveLanguage() const;
    QStringList recentFiles() const { return m_recent; }
    QVariantList templates() const;
    QString defaultFolder() const;
    Document *document() const { return m_doc; }

    Q_INVOKABLE void addRecent(const QString &path);
    Q_INVOKABLE void removeRecent(const QString &path);
    Q_INVOKABLE static QString toLocalFile(const QUrl &url) { return url.toLocalFile(); }
    Q_INVOKABLE static QUrl fromLocalFile(const QString &path) { return QUrl::fromLocalFile(path); }
    Q_INVOKABLE static QString nativePath(const QString &path);
    Q_INVOKABLE static QString fileName(const QString &path);
    Q_INVOKABLE static bool exists(const QString &path);
    Q_INVOKABLE static bool openFolder(const QString &path);
    // Who signed a pack, for the status line of a document opened from one:
    // {status: trusted|untrusted|unsigned|invalid|unreadable, signer,
    // fingerprint, message (why an invalid signature is invalid)}.
    Q_INVOKABLE QVariantMap packSignature(const QString &path) const;

protected:
    // Undo and redo keys always act on the document: a text field would
    // otherwise undo its own text and send it back as a new edit.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void languageChanged();
    void recentFilesChanged();

private:
    void applyLanguage();

    Document *m_doc;
    QQmlApplicationEngine *m_engine = nullptr;
    QString m_language;
    QStringList m_recent;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace Relais
