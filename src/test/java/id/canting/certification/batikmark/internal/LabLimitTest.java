package id.canting.certification.batikmark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import id.canting.registry.Technique;

/** Lab values against the limits of a standard: the limits themselves pass. */
class LabLimitTest {

	static final LabLimit TULIS = new LabLimit(Technique.TULIS, "SNI 8302:2016", new BigDecimal("3.00"),
			new BigDecimal("4.0"), new BigDecimal("3.0"));

	@Test
	void valuesAtTheLimitsPass() {
		LabResults r = TULIS.judge(new BigDecimal("3.0"), new BigDecimal("4"), new BigDecimal("3.0"));
		assertThat(r.allPassed()).isTrue();
		assertThat(r.standard()).isEqualTo("SNI 8302:2016");
	}

	@Test
	void eachTestFailsOnItsOwn() {
		LabResults shrinks = TULIS.judge(new BigDecimal("3.1"), new BigDecimal("4.5"), new BigDecimal("4"));
		assertThat(shrinks.shrinkagePassed()).isFalse();
		assertThat(shrinks.washingPassed()).isTrue();
		assertThat(shrinks.allPassed()).isFalse();
		LabResults bleeds = TULIS.judge(new BigDecimal("1"), new BigDecimal("3.5"), new BigDecimal("4"));
		assertThat(bleeds.washingPassed()).isFalse();
		assertThat(bleeds.allPassed()).isFalse();
		LabResults rubs = TULIS.judge(new BigDecimal("1"), new BigDecimal("4.5"), new BigDecimal("2.5"));
		assertThat(rubs.rubbingPassed()).isFalse();
		assertThat(rubs.allPassed()).isFalse();
	}
}
