package id.canting.development.internal;

import java.math.BigDecimal;

/**
 * What a sentra's active members bring to its score: how many there are, how many hold a valid
 * Batikmark certificate, how many have a verified readiness result and the sum of those results'
 * overall indexes (0–4 each), and their workers.
 */
public record MemberFigures(int active, int certified, int assessed, BigDecimal readinessIndexSum, int workers) {

	public static final MemberFigures NONE = new MemberFigures(0, 0, 0, BigDecimal.ZERO, 0);

	MemberFigures plus(boolean isCertified, BigDecimal readinessIndex, int memberWorkers) {
		return new MemberFigures(active + 1, certified + (isCertified ? 1 : 0), assessed + (readinessIndex == null ? 0 : 1),
				readinessIndex == null ? readinessIndexSum : readinessIndexSum.add(readinessIndex), workers + memberWorkers);
	}
}
