package id.canting.allocation.internal;

import java.math.BigDecimal;

/** What a (re-)planning produced: plan version, demand and allocated quantity, cost and its bound. */
public record PlanResult(int version, long demand, long allocated, BigDecimal cost, BigDecimal lowerBound,
		BigDecimal gapPercent, long moved) {
}
