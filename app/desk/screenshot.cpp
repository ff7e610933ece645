#include "screenshot.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

namespace madoguchi::desk {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Screenshot)
};

} // namespace

Status saveScreenshot(QWidget& window, const QString& file, QWidget* dialog)
{
    window.resize(kScreenshotSize);
    window.show();
    // Let layouts, polish and the first paint settle before drawing.
    QCoreApplication::processEvents();
    window.resize(kScreenshotSize);
    QCoreApplication::processEvents();

    QImage image = window.grab().toImage();
    if (image.size() != kScreenshotSize) // a high-DPI screen draws more pixels
        image = image.scaled(kScreenshotSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (dialog) {
        // A dialog the desk opened keeps the size it chose; one made for
        // the picture (the login) takes its natural size.
        if (!dialog->isVisible())
            dialog->adjustSize();
        dialog->show();
        QCoreApplication::processEvents();
        QImage front = dialog->grab().toImage();
        const qreal scale = front.devicePixelRatio();
        if (scale != 1.0)
            front = front.scaled((QSizeF(front.size()) / scale).toSize(), Qt::KeepAspectRatio,
                Qt::SmoothTransformation);
        QPainter painter(&image);
        painter.drawImage(
            (image.width() - front.width()) / 2, (image.height() - front.height()) / 2, front);
    }

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{Text::tr("cannot write the screenshot %1: %2").arg(file, out.errorString())};
    QImageWriter writer(&out, "png");
    if (!writer.write(image)) {
        out.cancelWriting();
        return Error{
            Text::tr("cannot write the screenshot %1: %2").arg(file, writer.errorString())};
    }
    if (!out.commit())
        return Error{Text::tr("cannot write the screenshot %1: %2").arg(file, out.errorString())};
    return {};
}

} // namespace madoguchi::desk
