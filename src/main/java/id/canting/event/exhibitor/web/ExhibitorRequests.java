package id.canting.event.exhibitor.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.canting.event.exhibitor.internal.BoothNeed;
import id.canting.event.exhibitor.internal.BoothPlan;
import id.canting.event.exhibitor.internal.Criterion;
import id.canting.event.exhibitor.internal.CurationConstraints;
import id.canting.event.exhibitor.internal.ExhibitorInput;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies {@code /api/v1} accepts for exhibitor applications, curation and booths. */
final class ExhibitorRequests {

	private ExhibitorRequests() {
	}

	/** An application or its update; empty techniques or categories take the registry's. */
	record ExhibitorApplicationRequest(@Schema(description = "the owner's IKM; may be left out when they own one") Long ikmId,
			@Schema(maxLength = 1000) String products, Set<ProductCategory> categories, Set<Technique> techniques,
			Set<BoothNeed> boothNeeds, @Schema(maxLength = 500) String boothNotes, Integer version) {

		ExhibitorInput toInput() {
			return new ExhibitorInput(ikmId, products, categories, techniques, boothNeeds, boothNotes);
		}

		int requiredVersion() {
			if (version == null) {
				throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
			}
			return version;
		}
	}

	record Decline(@Schema(maxLength = 1000) String reason) {
	}

	/** One curator's points, 0–10 for each criterion the event weighs. */
	record Score(Map<Criterion, Integer> points) {
	}

	/** The weight (0–100) of every criterion. */
	record Weights(Map<Criterion, Integer> weights) {
	}

	/** The constraints of a proposal or a publication. */
	record Constraints(@Schema(description = "1 to 2000") Integer booths,
			@Schema(description = "0 to 38") Integer minProvinces,
			@Schema(description = "0 to 2000") Integer prisonUnitPlaces,
			Map<ProductCategory, Integer> categoryMinimums, @Schema(description = "1 to 2000") Integer maxPerSentra) {

		CurationConstraints toConstraints() {
			List<FieldViolation> missing = new java.util.ArrayList<>();
			if (booths == null) {
				missing.add(FieldViolation.of("booths", "validation.required"));
			}
			if (maxPerSentra == null) {
				missing.add(FieldViolation.of("maxPerSentra", "validation.required"));
			}
			if (!missing.isEmpty()) {
				throw new InvalidInputException(missing);
			}
			return new CurationConstraints(booths, minProvinces == null ? 0 : minProvinces,
					prisonUnitPlaces == null ? 0 : prisonUnitPlaces, categoryMinimums, maxPerSentra).checked();
		}
	}

	/** A selection to check or publish: the constraints and the chosen application ids. */
	record Selection(Constraints constraints, Set<Long> selected) {

		CurationConstraints requiredConstraints() {
			if (constraints == null) {
				throw new InvalidInputException(List.of(FieldViolation.of("constraints", "validation.required")));
			}
			return constraints.toConstraints();
		}

		Set<Long> requiredSelected() {
			if (selected == null) {
				throw new InvalidInputException(List.of(FieldViolation.of("selected", "validation.required")));
			}
			return selected;
		}
	}

	record Plan(@Schema(description = "1 to 26") Integer rows, @Schema(description = "1 to 40") Integer columns,
			Boolean keepSentraApart) {

		BoothPlan toPlan() {
			return new BoothPlan(rows == null ? 0 : rows, columns == null ? 0 : columns, Boolean.TRUE.equals(keepSentraApart));
		}
	}

	/** The booth to give, e.g. {@code A1}; null takes it back. */
	record Booth(@Schema(description = "a booth of the plan, e.g. A1") String booth) {
	}
}
