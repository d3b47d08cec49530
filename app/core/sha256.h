#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Relais {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA
// instructions: several times faster than QCryptographicHash in Qt 6.4, and
// hashing media is most of the cost of validating and packing a curriculum.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    void addData(QByteArrayView data);
    QString hexResult();  // lowercase hex; the object is then spent

private:
    struct Context;
    std::unique_ptr<Context> d;
};

QString sha256Hex(QByteArrayView data);

} // namespace Relais
