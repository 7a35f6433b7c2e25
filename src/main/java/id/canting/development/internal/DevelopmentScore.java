package id.canting.development.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * A sentra's development score, 0–100: {@code 100 × Σ wᵢ·partᵢ ÷ Σ wᵢ} over the four parts (each 0–1),
 * with the parts it was computed from (four decimals) and the score (one decimal, half up, from the
 * unrounded parts). The rules, documented in docs/sentra-development.md:
 * <ul>
 * <li>FACILITIES: facility units in working order (GOOD or FAIR) ÷ all facility units; 0 without any;</li>
 * <li>READINESS: the mean over active members of (latest verified overall index ÷ 4); a member without a
 * verified result counts as 0 (not yet shown ready), so the part grows as members are assessed;</li>
 * <li>BATIKMARK: active members holding a valid certificate ÷ active members;</li>
 * <li>MEMBERSHIP: 1 with five active members or more, else active members ÷ 5.</li>
 * </ul>
 * Without active members the three member parts are 0.
 */
public record DevelopmentScore(BigDecimal score, Map<ScorePart, BigDecimal> parts) {

	/** A sentra needs at least five active members (see registry's SentraRules). */
	public static final int MEMBERSHIP_TARGET = 5;
	private static final MathContext PRECISION = MathContext.DECIMAL64;

	public DevelopmentScore {
		parts = Map.copyOf(parts);
	}

	/** The facts a sentra's score is computed from. */
	public record Inputs(long facilityUnits, long workingUnits, int activeMembers, BigDecimal readinessIndexSum,
			int certifiedMembers) {
	}

	public static DevelopmentScore of(ScoreWeights weights, Inputs in) {
		Map<ScorePart, BigDecimal> raw = new EnumMap<>(ScorePart.class);
		raw.put(ScorePart.FACILITIES, ratio(in.workingUnits(), in.facilityUnits()));
		BigDecimal members = BigDecimal.valueOf(in.activeMembers());
		raw.put(ScorePart.READINESS, in.activeMembers() == 0 ? BigDecimal.ZERO
				: in.readinessIndexSum().divide(BigDecimal.valueOf(4).multiply(members), PRECISION));
		raw.put(ScorePart.BATIKMARK, ratio(in.certifiedMembers(), in.activeMembers()));
		raw.put(ScorePart.MEMBERSHIP, in.activeMembers() >= MEMBERSHIP_TARGET ? BigDecimal.ONE
				: ratio(in.activeMembers(), MEMBERSHIP_TARGET));
		BigDecimal weighted = BigDecimal.ZERO;
		for (ScorePart part : ScorePart.values()) {
			weighted = weighted.add(raw.get(part).multiply(BigDecimal.valueOf(weights.of(part))));
		}
		BigDecimal score = weights.total() == 0 ? BigDecimal.ZERO
				: weighted.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(weights.total()), PRECISION);
		Map<ScorePart, BigDecimal> shown = new EnumMap<>(ScorePart.class);
		raw.forEach((part, value) -> shown.put(part, value.setScale(4, RoundingMode.HALF_UP)));
		return new DevelopmentScore(score.setScale(1, RoundingMode.HALF_UP), shown);
	}

	public BigDecimal part(ScorePart part) {
		return parts.get(part);
	}

	private static BigDecimal ratio(long part, long whole) {
		return whole <= 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), PRECISION);
	}
}
