package id.canting.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import id.canting.region.Regions;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmRules;
import id.canting.registry.RecordStatus;
import id.canting.registry.Sentra;
import id.canting.shared.FieldViolation;

/**
 * The IKM rules that need other records (after the field rules of {@link IkmRules}): the regency
 * exists, and a named sentra exists, is active and lies in the IKM's regency. One place, used by a
 * single registration and by a bulk one alike; only how a sentra is looked up differs.
 */
public final class IkmRecordRules {

	private IkmRecordRules() {
	}

	public static List<FieldViolation> check(IkmDetails details, Regions regions, LongFunction<Optional<Sentra>> sentraById) {
		List<FieldViolation> violations = new ArrayList<>();
		if (regions.regency(details.regencyCode()).isEmpty()) {
			violations.add(FieldViolation.of("regencyCode", "validation.regency.unknown", details.regencyCode()));
		}
		if (details.sentraId() != null) {
			sentraById.apply(details.sentraId()).ifPresentOrElse(sentra -> {
				if (!sentra.regencyCode().equals(details.regencyCode())) {
					violations.add(FieldViolation.of("sentraId", "validation.sentra.other-regency", sentra.name()));
				}
				else if (sentra.status() != RecordStatus.ACTIVE) {
					violations.add(FieldViolation.of("sentraId", "validation.sentra.inactive", sentra.name()));
				}
			}, () -> violations.add(FieldViolation.of("sentraId", "validation.sentra.unknown", details.sentraId())));
		}
		return violations;
	}
}
