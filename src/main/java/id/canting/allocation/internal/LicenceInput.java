package id.canting.allocation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** A producer's licence as sent; {@link #check()} applies its rules (a held halal certificate has its number). */
public record LicenceInput(Boolean kbli13134, String halalStatus, String halalNumber, Boolean capCapability,
		Boolean workshop, String note) {

	/** The licence once its rules have passed. */
	public record Checked(boolean kbli13134, HalalStatus halalStatus, String halalNumber, boolean capCapability,
			boolean workshop, String note) {
	}

	public Checked check() {
		List<FieldViolation> v = new ArrayList<>();
		HalalStatus halal = HalalStatus.NONE;
		if (halalStatus != null && !halalStatus.isBlank()) {
			try {
				halal = HalalStatus.valueOf(halalStatus.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				v.add(FieldViolation.of("halalStatus", "allocation.order.rule.choice-unknown", halalStatus));
			}
		}
		String number = halalNumber == null || halalNumber.isBlank() ? null : halalNumber.strip();
		if (halal == HalalStatus.HELD && number == null) {
			v.add(FieldViolation.of("halalNumber", "allocation.licence.rule.halal-number-required"));
		}
		if (number != null && number.length() > 60) {
			v.add(FieldViolation.of("halalNumber", "allocation.order.rule.too-long", 60));
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 300) {
			v.add(FieldViolation.of("note", "allocation.order.rule.too-long", 300));
		}
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		return new Checked(Boolean.TRUE.equals(kbli13134), halal, halal == HalalStatus.NONE ? null : number,
				Boolean.TRUE.equals(capCapability), Boolean.TRUE.equals(workshop), text);
	}
}
