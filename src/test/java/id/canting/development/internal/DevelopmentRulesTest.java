package id.canting.development.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** The field rules of sentra development name the field they refuse. */
class DevelopmentRulesTest {

	@Test
	void refusesANegativeCountNamingItsRow() {
		List<FacilityLine> lines = List.of(new FacilityLine(FacilityKind.IPAL, null, 1, FacilityCondition.GOOD),
				new FacilityLine(FacilityKind.SHOWROOM, null, -1, FacilityCondition.GOOD));
		assertThatThrownBy(() -> DevelopmentRules.facilities(lines)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactly("facilities[1].count"));
	}

	@Test
	void equipmentNeedsANameAndAKindIsListedOnce() {
		List<FacilityLine> lines = List.of(new FacilityLine(FacilityKind.EQUIPMENT, " ", 2, FacilityCondition.GOOD),
				new FacilityLine(FacilityKind.IPAL, null, 1, FacilityCondition.GOOD),
				new FacilityLine(FacilityKind.IPAL, null, 1, FacilityCondition.POOR));
		assertThatThrownBy(() -> DevelopmentRules.facilities(lines))
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactly("facilities[0].name", "facilities[2].kind"));
	}

	@Test
	void acceptsZeroUnitsAndTwoNamedEquipments() {
		List<SentraFacility> accepted = DevelopmentRules.facilities(List.of(
				new FacilityLine(FacilityKind.IPAL, null, 0, FacilityCondition.BROKEN),
				new FacilityLine(FacilityKind.EQUIPMENT, "Kompor", 3, FacilityCondition.GOOD),
				new FacilityLine(FacilityKind.EQUIPMENT, "Meja cap", 2, FacilityCondition.FAIR)));
		assertThat(accepted).hasSize(3);
	}

	@Test
	void coordinatesMustLieInIndonesia() {
		assertThat(DevelopmentRules.location(new BigDecimal("-6.8897"), new BigDecimal("109.6753")).latitude())
			.isEqualByComparingTo("-6.889700");
		assertThatThrownBy(() -> DevelopmentRules.location(new BigDecimal("48.85"), new BigDecimal("2.35")))
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactly("latitude", "longitude"));
		assertThatThrownBy(() -> DevelopmentRules.location(new BigDecimal("-6.9"), null))
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactly("longitude"));
		assertThat(DevelopmentRules.location(null, null).known()).isFalse();
	}

	@Test
	void aProjectIsNotInTheFutureNorNegative() {
		ProjectInput input = new ProjectInput("Kompor", LocalDate.of(2026, 12, 7), -5L, null, FacilityCondition.POOR, null, null);
		assertThatThrownBy(() -> DevelopmentRules.project(input, LocalDate.of(2026, 12, 6)))
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactly("providedOn", "costIdr", "facilityKind"));
	}

	@Test
	void weightsAreZeroToAHundredAndNotAllZero() {
		Map<ScorePart, Integer> weights = new EnumMap<>(ScorePart.class);
		for (ScorePart part : ScorePart.values()) {
			weights.put(part, 0);
		}
		assertThatThrownBy(() -> DevelopmentRules.weights(weights))
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactly("weights"));
		weights.put(ScorePart.BATIKMARK, 101);
		assertThatThrownBy(() -> DevelopmentRules.weights(weights))
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactly("weights[BATIKMARK]"));
	}
}
