package id.canting.event.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Booths sort as people walk the hall: by row letter, then by number as a number, not as text. */
class BoothOrderTest {

	@Test
	void a10ComesAfterA2AndBeforeB1() {
		List<String> booths = new ArrayList<>(List.of("B1", "A10", "A2", "A1", "B12", "B2"));
		booths.sort(ExhibitorFigures.BOOTH_ORDER);
		assertThat(booths).containsExactly("A1", "A2", "A10", "B1", "B2", "B12");
	}

	@Test
	void labelsOfAnotherShapeStillSortByLetterThenNumber() {
		List<String> booths = new ArrayList<>(List.of("A-10", "A-02", "Lobi", "A-01"));
		booths.sort(ExhibitorFigures.BOOTH_ORDER);
		assertThat(booths).containsExactly("A-01", "A-02", "A-10", "Lobi");
	}
}
