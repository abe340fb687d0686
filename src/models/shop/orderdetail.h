// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "orderlinesmodel.h"
#include "orderwording.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

class AppContext;

/// One order of the signed-in member (or this session's guest) for the Orders page: its
/// lines, totals, benefits and shipping, and the self-service actions on a line. Every
/// action is previewed first (R-K8, R-K10, R-P6, R-P7): confirm() does exactly what the
/// preview showed, or nothing, and says which.
class OrderDetail : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The order shown (show() sets it); 0 for none. Other customers' orders are not shown.
    Q_PROPERTY(qint64 orderId READ orderId NOTIFY orderChanged)
    Q_PROPERTY(bool hasOrder READ hasOrder NOTIFY orderChanged)
    /// "Order #1042, placed 11/30/26 9:15 AM"
    Q_PROPERTY(QString heading READ heading NOTIFY orderChanged)
    Q_PROPERTY(QString shippingText READ shippingText NOTIFY orderChanged)
    Q_PROPERTY(QStringList totals READ totals NOTIFY orderChanged)
    /// R-C10: the Care benefits recorded on the order, with their value.
    Q_PROPERTY(QStringList benefits READ benefits NOTIFY orderChanged)
    Q_PROPERTY(CareDesk::OrderLinesModel *lines READ lines CONSTANT)
    /// The preview of the action asked for ("" when none is open).
    Q_PROPERTY(QString previewTitle READ previewTitle NOTIFY previewChanged)
    Q_PROPERTY(QStringList previewLines READ previewLines NOTIFY previewChanged)
    Q_PROPERTY(bool previewAllowed READ previewAllowed NOTIFY previewChanged)
    Q_PROPERTY(QString confirmLabel READ confirmLabel NOTIFY previewChanged)
    /// R-K8: the item is defective, so the way forward is warranty help, not a return.
    Q_PROPERTY(bool previewWarranty READ previewWarranty NOTIFY previewChanged)
    /// What the last confirmed action did.
    Q_PROPERTY(QString resultText READ resultText NOTIFY resultChanged)

public:
    explicit OrderDetail(QObject *parent = nullptr);
    /// For tests: a context other than the app's.
    OrderDetail(AppContext *context, QObject *parent);

    [[nodiscard]] qint64 orderId() const;
    /// Shows this order (0: none), closing any open preview.
    Q_INVOKABLE void show(qint64 orderId);
    [[nodiscard]] bool hasOrder() const;
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString shippingText() const;
    [[nodiscard]] QStringList totals() const;
    [[nodiscard]] QStringList benefits() const;
    [[nodiscard]] OrderLinesModel *lines() const;
    [[nodiscard]] QString previewTitle() const;
    [[nodiscard]] QStringList previewLines() const;
    [[nodiscard]] bool previewAllowed() const;
    [[nodiscard]] QString confirmLabel() const;
    [[nodiscard]] bool previewWarranty() const;
    [[nodiscard]] QString resultText() const;

    /// R-P7/R-P3: what cancelling the line in `row` gives back. Returns previewAllowed.
    Q_INVOKABLE bool previewCancel(int row);
    /// R-K8/R-P6: what returning it costs and gives back; `defective` leads to warranty help.
    Q_INVOKABLE bool previewReturn(int row, bool defective);
    /// R-K10/R-P8: a competitor's price for one unit, as typed ("12.50").
    Q_INVOKABLE bool previewPriceMatch(int row, const QString &competitorPrice);
    /// Does what the open preview showed; returns resultText.
    Q_INVOKABLE QString confirm();
    Q_INVOKABLE void closePreview();

Q_SIGNALS:
    void orderChanged();
    void previewChanged();
    void resultChanged();

private:
    void reload();
    void ordersChanged(const QList<qint64> &orderIds);
    [[nodiscard]] AccountId account() const;
    [[nodiscard]] qint64 lineIdAt(int row) const;
    bool showPreview(OrderWording::Action action, qint64 lineId, const LinePreview &preview);

    AppContext *m_context = nullptr;
    OrderLinesModel *m_lines = nullptr;
    qint64 m_orderId = 0;
    std::optional<OrderRecord> m_order;
    QList<OrderBenefit> m_benefits;

    bool m_previewOpen = false;
    OrderWording::Action m_action = OrderWording::Action::Cancel;
    qint64 m_previewLine = 0;
    Cents m_competitorCents = 0;
    LinePreview m_preview;
    QString m_result;
};

} // namespace CareDesk
