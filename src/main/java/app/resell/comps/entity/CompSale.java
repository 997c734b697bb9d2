package app.resell.comps.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One comparable sale: what a similar item sold for, and when. */
public record CompSale(BigDecimal price, LocalDate soldOn) {}
