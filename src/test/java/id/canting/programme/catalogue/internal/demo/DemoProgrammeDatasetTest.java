package id.canting.programme.catalogue.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.canting.programme.catalogue.ProgrammeDetails;
import id.canting.programme.catalogue.ProgrammeRules;
import id.canting.programme.catalogue.ProgrammeType;

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

	@Test
	void theMachineRestructuringProgrammeHasThe2018To2020RateTable() {
		var machines = DemoProgrammeDataset.programmes().stream().map(ProgrammeRules::check)
			.filter(p -> p.type() == ProgrammeType.MACHINE_RESTRUCTURING).toList();
		assertThat(machines).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo("RESTRUKTURISASI-MESIN-2024");
			assertThat(p.reimbursement().rates()).hasToString("[DOMESTIC 30%, IMPORTED 25%]");
			assertThat(p.reimbursement().minimumIdr()).isEqualTo(5_000_000L);
			assertThat(p.reimbursement().maximumIdr()).isEqualTo(300_000_000L);
		});
		assertThat(DemoProgrammeDataset.programmes().stream().map(ProgrammeRules::check)
			.filter(p -> p.type() != ProgrammeType.MACHINE_RESTRUCTURING)).allSatisfy(p -> assertThat(p.reimbursement()).isNull());
	}
}
