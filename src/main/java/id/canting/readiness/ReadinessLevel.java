package id.canting.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The INDI 4.0 levels: 0 not ready, 1 initial, 2 moderate, 3 mature, 4 applying. An answer is one
 * level; a score or index (a weighted mean, 0.00–4.00) is at the level of its whole part, so 2.99 is
 * still MODERATE and only 4.00 is APPLYING.
 */
public enum ReadinessLevel {
	NOT_READY, INITIAL, MODERATE, MATURE, APPLYING;

	public static final int LOWEST = 0;
	public static final int HIGHEST = 4;

	public int value() {
		return ordinal();
	}

	/** The level of an answer; refuses anything outside 0–4. */
	public static ReadinessLevel of(int level) {
		if (level < LOWEST || level > HIGHEST) {
			throw new IllegalArgumentException("readiness level " + level + " is outside 0–4");
		}
		return values()[level];
	}

	/** The level a score or index stands at: the whole part of 0.00–4.00. */
	public static ReadinessLevel ofScore(BigDecimal score) {
		return of(score.setScale(0, RoundingMode.FLOOR).intValueExact());
	}
}
