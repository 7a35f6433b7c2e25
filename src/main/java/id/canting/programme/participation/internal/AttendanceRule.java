package id.canting.programme.participation.internal;

import id.canting.shared.RuleRefusedException;

/**
 * When a participant earns a certificate of attendance: at least {@value #PERCENT}% of the
 * programme's sessions held so far, rounded up to a whole session (3 of 4, 4 of 5, 5 of 6, 6 of 8).
 * A programme that has held no session yet gives no certificate.
 */
public final class AttendanceRule {

	/** The share of sessions held a participant must have attended, in percent. */
	public static final int PERCENT = 75;

	private AttendanceRule() {
	}

	/** How many of {@code held} sessions a participant must have attended: 75% rounded up. */
	public static int required(int held) {
		if (held < 0) {
			throw new IllegalArgumentException("sessions held cannot be negative: " + held);
		}
		return (held * PERCENT + 99) / 100;
	}

	/** Where a participant who attended {@code attended} of {@code held} sessions stands. */
	public static AttendanceStanding standing(int attended, int held) {
		if (attended < 0 || attended > held) {
			throw new IllegalArgumentException("attended " + attended + " of " + held + " sessions held");
		}
		return new AttendanceStanding(attended, held, required(held));
	}

	/**
	 * A participant's attendance against the rule: sessions attended, sessions held, and how many the
	 * rule requires.
	 */
	public record AttendanceStanding(int attended, int held, int required) {

		/** Whether the participant has earned a certificate. */
		public boolean eligible() {
			return held > 0 && attended >= required;
		}

		/**
		 * Refuses a certificate, saying the attendance and the rule, unless the participant earned one.
		 *
		 * @throws RuleRefusedException when no session was held or the attendance is below the rule
		 */
		public void requireCertificate() {
			if (held == 0) {
				throw new RuleRefusedException("participant.certificate.no-session");
			}
			if (!eligible()) {
				throw new RuleRefusedException("participant.certificate.attendance", attended, held, required, PERCENT);
			}
		}
	}
}
