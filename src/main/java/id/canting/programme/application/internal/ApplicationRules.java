package id.canting.programme.application.internal;

import static id.canting.programme.catalogue.ProgrammeRules.throwIfAny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.canting.shared.FieldViolation;

/**
 * The field rules of applications and of the steps that carry input (rejection reason, approved
 * amount, realisation). Each broken rule names its field; all are reported at once.
 */
public final class ApplicationRules {

	static final int PROPOSAL_MAX = 4000;
	static final int TEXT_MAX = 2000;
	/** Rp10 trillion: far above any programme, low enough that a typo of extra zeros is caught. */
	static final long AMOUNT_MAX = 10_000_000_000_000L;

	private ApplicationRules() {
	}

	public static void checkApplication(String proposal, Long requestedIdr) {
		List<FieldViolation> violations = new ArrayList<>();
		text(violations, "proposal", proposal, PROPOSAL_MAX, true);
		amount(violations, "requestedIdr", requestedIdr);
		throwIfAny(violations);
	}

	public static void checkReason(String reason) {
		List<FieldViolation> violations = new ArrayList<>();
		text(violations, "reason", reason, TEXT_MAX, true);
		throwIfAny(violations);
	}

	public static void checkNote(String note) {
		List<FieldViolation> violations = new ArrayList<>();
		text(violations, "note", note, TEXT_MAX, false);
		throwIfAny(violations);
	}

	public static void checkApprovedAmount(Long amountIdr) {
		List<FieldViolation> violations = new ArrayList<>();
		amount(violations, "amountIdr", amountIdr);
		throwIfAny(violations);
	}

	/** A realisation happens on a day between the approval and today, for no more than was approved. */
	public static void checkRealisation(LocalDate realisedOn, Long amountIdr, String note, LocalDate approvedOn,
			LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		if (realisedOn == null) {
			violations.add(FieldViolation.of("realisedOn", "validation.required"));
		}
		else if (realisedOn.isAfter(today)) {
			violations.add(FieldViolation.of("realisedOn", "programme.application.validation.realised-future"));
		}
		else if (approvedOn != null && realisedOn.isBefore(approvedOn)) {
			violations.add(FieldViolation.of("realisedOn", "programme.application.validation.realised-before-approval",
					approvedOn.toString()));
		}
		amount(violations, "amountIdr", amountIdr);
		text(violations, "note", note, TEXT_MAX, false);
		throwIfAny(violations);
	}

	private static void text(List<FieldViolation> violations, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(FieldViolation.of(field, "validation.required"));
			}
		}
		else if (value.strip().length() > max) {
			violations.add(FieldViolation.of(field, "validation.too-long", max, value.strip().length()));
		}
	}

	private static void amount(List<FieldViolation> violations, String field, Long value) {
		if (value == null) {
			violations.add(FieldViolation.of(field, "validation.required"));
		}
		else if (value < 0) {
			violations.add(FieldViolation.of(field, "validation.not-negative"));
		}
		else if (value > AMOUNT_MAX) {
			violations.add(FieldViolation.of(field, "validation.max", AMOUNT_MAX));
		}
	}

	public static String stripped(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
