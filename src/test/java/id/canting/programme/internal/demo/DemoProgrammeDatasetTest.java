package id.canting.programme.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.canting.programme.ProgrammeDetails;
import id.canting.programme.ProgrammeRules;

/** The demo programmes are the article's seven 2024 programmes, valid, and labelled as demo values. */
class DemoProgrammeDatasetTest {

	@Test
	void everyDemoProgrammeIsValidFor2024AndSaysItIsDemo() {
		var programmes = DemoProgrammeDataset.programmes().stream().map(ProgrammeRules::check).toList();
		assertThat(programmes).hasSize(7);
		assertThat(programmes).allSatisfy(p -> {
			assertThat(p.year()).isEqualTo(2024);
			assertThat(p.description()).contains("Demo");
		});
		assertThat(programmes).extracting(ProgrammeDetails::code).doesNotHaveDuplicates();
	}
}
