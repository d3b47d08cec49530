#include "version.h"

#include <QRegularExpression>
#include <QStringList>

namespace Relais {

QString bumpName(Bump bump)
{
    switch (bump) {
    case Bump::None: return QStringLiteral("none");
    case Bump::Patch: return QStringLiteral("patch");
    case Bump::Minor: return QStringLiteral("minor");
    case Bump::Major: return QStringLiteral("major");
    }
    return {};
}

std::optional<Bump> bumpFromName(const QString &name)
{
    for (Bump b : {Bump::None, Bump::Patch, Bump::Minor, Bump::Major})
        if (bumpName(b) == name)
            return b;
    return std::nullopt;
}

std::optional<Version> Version::parse(const QString &text)
{
    // The format's pattern (common.xsd), with the relay suffix spelled out.
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})"
        "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?"
        "(?:\\+([a-z0-9]+(?:-[a-z0-9]+)*)\\.([1-9][0-9]{0,8}))?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Version v;
    v.m_major = m.captured(1).toInt();
    v.m_minor = m.captured(2).toInt();
    v.m_patch = m.captured(3).toInt();
    v.m_prerelease = m.captured(4);
    v.m_relay = m.captured(5);
    v.m_local = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    return v;
}

bool Version::isValidRelay(const QString &relay)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return relay.size() <= 40 && pattern.match(relay).hasMatch();
}

Version Version::upstream() const
{
    Version v = *this;
    v.m_relay.clear();
    v.m_local = 0;
    return v;
}

Version Version::bumped(Bump bump) const
{
    Version v = upstream();
    switch (bump) {
    case Bump::None: return *this;
    case Bump::Major: v.m_major++; v.m_minor = 0; v.m_patch = 0; break;
    case Bump::Minor: v.m_minor++; v.m_patch = 0; break;
    case Bump::Patch:
        // 2.0.0-beta.1 released as 2.0.0 is its patch; otherwise the next number.
        if (v.m_prerelease.isEmpty())
            v.m_patch++;
        break;
    }
    v.m_prerelease.clear();
    return v;
}

Version Version::nextLocal(const QString &relay) const
{
    Version v = *this;
    v.m_local = (m_relay == relay) ? m_local + 1 : 1;
    v.m_relay = relay;
    return v;
}

Bump Version::bumpFrom(const Version &from) const
{
    if (m_major != from.m_major)
        return Bump::Major;
    if (m_minor != from.m_minor)
        return Bump::Minor;
    if (m_patch != from.m_patch || m_prerelease != from.m_prerelease)
        return Bump::Patch;
    return Bump::None;
}

QString Version::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (!m_prerelease.isEmpty())
        s += QLatin1Char('-') + m_prerelease;
    if (!m_relay.isEmpty())
        s += QStringLiteral("+%1.%2").arg(m_relay).arg(m_local);
    return s;
}

namespace {

// Semantic versioning's rule for pre-release identifiers.
int comparePrerelease(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    if (a.isEmpty())
        return 1;
    if (b.isEmpty())
        return -1;
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMin(pa.size(), pb.size()); ++i) {
        bool na = false, nb = false;
        const qulonglong ia = pa[i].toULongLong(&na);
        const qulonglong ib = pb[i].toULongLong(&nb);
        if (na && nb) {
            if (ia != ib)
                return ia < ib ? -1 : 1;
        } else if (na != nb) {
            return na ? -1 : 1;
        } else if (const int c = pa[i].compare(pb[i]); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return pa.size() == pb.size() ? 0 : (pa.size() < pb.size() ? -1 : 1);
}

} // namespace

int Version::compare(const Version &o) const
{
    for (auto [a, b] : {std::pair{m_major, o.m_major}, std::pair{m_minor, o.m_minor}, std::pair{m_patch, o.m_patch}})
        if (a != b)
            return a < b ? -1 : 1;
    if (const int c = comparePrerelease(m_prerelease, o.m_prerelease); c != 0)
        return c;
    if (m_relay != o.m_relay) {
        if (m_relay.isEmpty() || o.m_relay.isEmpty())
            return m_relay.isEmpty() ? -1 : 1;
        return m_relay < o.m_relay ? -1 : 1;
    }
    return m_local == o.m_local ? 0 : (m_local < o.m_local ? -1 : 1);
}

} // namespace Relais
