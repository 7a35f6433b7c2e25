package id.canting.programme.impact.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import id.canting.programme.IndicatorPhase;
import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.Beneficiary;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeDetails;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.impact.internal.IndicatorInput;
import id.canting.programme.impact.internal.IndicatorManagement;
import id.canting.shared.Actor;

/**
 * Demo step: a baseline and a follow-up for every beneficiary among the given demo applications,
 * through {@link IndicatorManagement} (so they pass the rules and are audited like an officer's).
 * Deterministic: each beneficiary's figures come from a generator seeded with its application id. The
 * baseline starts from the beneficiary's workers as frozen at approval; the follow-up shows plausible
 * improvements, larger where the programme aims at the indicator (natural dyes for technical
 * assistance, Batikmark for certification facilitation, INDI 4.0 for Industry 4.0). Not a finding.
 */
@Component
public class DemoIndicators {

	private static final long PRICE_STEP_IDR = 25_000;

	private final ApplicationManagement applications;
	private final IndicatorManagement indicators;
	private final ProgrammeManagement programmes;

	DemoIndicators(ApplicationManagement applications, IndicatorManagement indicators, ProgrammeManagement programmes) {
		this.applications = applications;
		this.indicators = indicators;
		this.programmes = programmes;
	}

	/**
	 * Records both phases for each application that is a beneficiary (approved, realised or closed);
	 * the others are skipped. Call it once, after the demo applications are in.
	 *
	 * @return how many beneficiaries were measured
	 */
	public int recordFor(List<ApplicationId> ids) {
		int measured = 0;
		for (ApplicationId id : ids) {
			Application application = applications.application(Actor.SYSTEM, id);
			if (!application.status().isBenefit()) {
				continue;
			}
			Programme programme = applications.programmeOf(application);
			Figures before = baseline(application, programme, new Random(31L * id.value() + 7));
			Figures after = followUp(before, programme.type(), new Random(37L * id.value() + 11));
			indicators.record(Actor.SYSTEM, id, IndicatorPhase.BASELINE, before.input(), null);
			indicators.record(Actor.SYSTEM, id, IndicatorPhase.FOLLOW_UP, after.input(), null);
			measured++;
		}
		return measured;
	}

	private Figures baseline(Application application, Programme programme, Random random) {
		Beneficiary beneficiary = application.beneficiary();
		int workers = beneficiary != null && beneficiary.workers() != null && beneficiary.workers() > 0
				? beneficiary.workers() : 8;
		long capacity = (long) workers * (30 + random.nextInt(30));
		long pricePerPiece = 150_000 + PRICE_STEP_IDR * random.nextInt(10);
		long sales = roundTo(capacity * 12 * pricePerPiece * (60 + random.nextInt(20)) / 100, 100_000);
		int naturalDye = programme.type() == ProgrammeType.TECHNICAL_ASSISTANCE ? 5 + random.nextInt(20)
				: random.nextInt(30);
		boolean batikmark = random.nextInt(5) == 0;
		BigDecimal indi = BigDecimal.valueOf(100 + random.nextInt(120), 2);
		ProgrammeDetails details = programme.details();
		LocalDate day = earliest(details.opensOn().plusDays(random.nextInt(21)), programmes.today());
		return new Figures(day, workers, capacity, sales, naturalDye, batikmark, indi);
	}

	private Figures followUp(Figures before, ProgrammeType type, Random random) {
		int workers = before.workers() + (int) Math.round(before.workers() * random.nextInt(16) / 100.0);
		long capacity = before.capacity() * (105 + random.nextInt(26)) / 100;
		long sales = roundTo(before.sales() * (110 + random.nextInt(31)) / 100, 100_000);
		int naturalDye = Math.min(100, before.naturalDye()
				+ (type == ProgrammeType.TECHNICAL_ASSISTANCE ? 15 + random.nextInt(25) : random.nextInt(8)));
		boolean batikmark = before.batikmark() || type == ProgrammeType.CERTIFICATION_FACILITATION
				|| random.nextInt(4) == 0;
		int indiGain = type == ProgrammeType.INDUSTRY_4_0 ? 50 + random.nextInt(51) : 10 + random.nextInt(41);
		BigDecimal indi = before.indi().add(BigDecimal.valueOf(indiGain, 2)).min(new BigDecimal("4.00"));
		// months after the baseline, but never a day in the future
		LocalDate day = earliest(before.day().plusDays(150 + random.nextInt(60)), programmes.today());
		return new Figures(day.isBefore(before.day()) ? before.day() : day, workers, capacity, sales, naturalDye,
				batikmark, indi);
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static long roundTo(long value, long step) {
		return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(step), 0, RoundingMode.HALF_UP).longValue() * step;
	}

	private record Figures(LocalDate day, int workers, long capacity, long sales, int naturalDye, boolean batikmark,
			BigDecimal indi) {

		IndicatorInput input() {
			return new IndicatorInput(day.toString(), workers, capacity, sales, naturalDye, batikmark, indi);
		}
	}
}
