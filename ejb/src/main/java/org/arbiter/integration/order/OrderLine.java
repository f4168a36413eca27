package org.arbiter.integration.order;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an order snapshot, priced in the order's currency. Immutable. */
@Embeddable
public class OrderLine {

    @Column(name = "sku", nullable = false, length = 64)
    private String sku;

    @Column(name = "title", nullable = false, length = 600)
    private String title;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 16, scale = 4)
    private BigDecimal unitPrice;

    protected OrderLine() {
        // for JPA
    }

    public OrderLine(String sku, String title, int quantity, BigDecimal unitPrice) {
        this.sku = Objects.requireNonNull(sku);
        this.title = Objects.requireNonNull(title);
        this.quantity = quantity;
        this.unitPrice = Objects.requireNonNull(unitPrice);
    }

    public String getSku() {
        return sku;
    }

    public String getTitle() {
        return title;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
