#pragma once

#include <QString>

#include <optional>

namespace Relais {

// How far a new version moves from the previous one: what a change calls for,
// and what `relais bump` does.
enum class Bump { None, Patch, Minor, Major };

QString bumpName(Bump bump);  // none, patch, minor, major
std::optional<Bump> bumpFromName(const QString &name);

// A curriculum's version: semantic (MAJOR.MINOR.PATCH, optional -prerelease)
// with an optional local adaptation suffix, "+<relay>.<n>": 1.2.0+leers.1 is
// the first local version that the Leers relay made of upstream 1.2.0.
class Version
{
public:
    static std::optional<Version> parse(const QString &text);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString prerelease() const { return m_prerelease; }
    QString relay() const { return m_relay; }      // empty: an upstream version
    int localNumber() const { return m_local; }   // 0 when there is no relay
    bool isLocal() const { return !m_relay.isEmpty(); }

    // The upstream version a local one adapts (the suffix dropped).
    Version upstream() const;
    // Major, minor and patch reset what follows and drop any local suffix.
    Version bumped(Bump bump) const;
    // The next local version for a relay: 1.2.0 → 1.2.0+leers.1 → 1.2.0+leers.2.
    Version nextLocal(const QString &relay) const;
    // The smallest bump that leads from `from` to this version (None when equal
    // upstream numbers); used to check that a release is not under-bumped.
    Bump bumpFrom(const Version &from) const;

    QString toString() const;

    // Semantic precedence; a local adaptation sorts after the upstream version
    // it adapts, and local versions of one relay by their number.
    int compare(const Version &other) const;
    bool operator<(const Version &o) const { return compare(o) < 0; }
    bool operator==(const Version &o) const { return compare(o) == 0; }
    bool operator!=(const Version &o) const { return compare(o) != 0; }

    // A relay's name as a suffix: lowercase ASCII letters, digits and hyphens.
    static bool isValidRelay(const QString &relay);

private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    QString m_prerelease;
    QString m_relay;
    int m_local = 0;
};

} // namespace Relais
