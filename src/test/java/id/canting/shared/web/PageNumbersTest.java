package id.canting.shared.web;

import static id.canting.shared.web.PageNumbers.GAP;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNumbersTest {

	@Test
	void aFewPagesAreAllShown() {
		assertThat(PageNumbers.around(0, 1)).containsExactly(0);
		assertThat(PageNumbers.around(2, 5)).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void manyPagesShowTheEndsAndTheNeighboursOfTheCurrentWithGapsBetween() {
		assertThat(PageNumbers.around(7, 16)).containsExactly(0, GAP, 6, 7, 8, GAP, 15);
	}

	@Test
	void nearAnEndTheFirstOrLastFewPagesAreShownInsteadOfAGap() {
		assertThat(PageNumbers.around(0, 16)).containsExactly(0, 1, 2, 3, GAP, 15);
		assertThat(PageNumbers.around(15, 16)).containsExactly(0, GAP, 12, 13, 14, 15);
		// a gap never hides a single page
		assertThat(PageNumbers.around(3, 16)).containsExactly(0, 1, 2, 3, 4, GAP, 15);
	}
}
