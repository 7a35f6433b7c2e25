package id.canting.registry.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.shared.InvalidInputException;

class SemesterTest {

	@Test
	void readsAndWritesTheSiinasForm() {
		assertThat(Semester.parse("2024-S1")).isEqualTo(new Semester(2024, 1));
		assertThat(Semester.parse(" 2024-S2 ")).isEqualTo(new Semester(2024, 2));
		assertThat(new Semester(2024, 1)).hasToString("2024-S1");
	}

	@Test
	void refusesAnythingElseNamingTheFieldAndTheExpectedForm() {
		for (String bad : List.of("2024-S3", "2024-s1", "24-S1", "2024S1", "2024-1", "S1-2024", "1999-S2", "abc")) {
			InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Semester.parse(bad));
			assertThat(e).as(bad).isNotNull();
			assertThat(e.violations()).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("semester");
				assertThat(v.messageKey()).isEqualTo("report.validation.semester");
			});
		}
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> Semester.parse(" ", "period")).violations())
			.singleElement().satisfies(v -> assertThat(v.field() + ":" + v.messageKey()).isEqualTo("period:validation.required"));
		assertThat(Semester.tryParse("2024-S3")).isEmpty();
	}

	@Test
	void stepsBackAndForthAcrossTheYear() {
		assertThat(Semester.parse("2024-S1").previous()).isEqualTo(Semester.parse("2023-S2"));
		assertThat(Semester.parse("2023-S2").previous()).isEqualTo(Semester.parse("2023-S1"));
		assertThat(Semester.parse("2023-S2").next()).isEqualTo(Semester.parse("2024-S1"));
	}

	@Test
	void knowsWhichSemesterADayFallsIn() {
		assertThat(Semester.of(LocalDate.of(2024, 6, 30))).isEqualTo(Semester.parse("2024-S1"));
		assertThat(Semester.of(LocalDate.of(2024, 7, 1))).isEqualTo(Semester.parse("2024-S2"));
		assertThat(Semester.parse("2024-S2").firstDay()).isEqualTo(LocalDate.of(2024, 7, 1));
	}

	@Test
	void ordersInTimeAsItsTextDoes() {
		List<Semester> semesters = new ArrayList<>(List.of(Semester.parse("2025-S1"), Semester.parse("2023-S2"),
				Semester.parse("2024-S2"), Semester.parse("2024-S1")));
		Collections.sort(semesters);
		assertThat(semesters).extracting(Semester::toString).containsExactly("2023-S2", "2024-S1", "2024-S2", "2025-S1")
			.isSorted();
		assertThat(Semester.parse("2024-S2").isAfter(Semester.parse("2024-S1"))).isTrue();
	}
}
