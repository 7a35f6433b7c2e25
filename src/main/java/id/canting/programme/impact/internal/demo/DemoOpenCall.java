package id.canting.programme.impact.internal.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import id.canting.programme.catalogue.ProgrammeInput;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.shared.Actor;

/**
 * One call open on the day the demo is loaded, so the demo shows what applying looks like: the 2024
 * programmes of the article closed long ago. Its window is the only part of the demo data that depends
 * on the day of loading (30 days back, 60 days ahead); it refuses applicants that benefited from
 * technical assistance within three years, so the 2024 beneficiaries show that rule.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoOpenCall {

	private final ProgrammeManagement programmes;

	DemoOpenCall(ProgrammeManagement programmes) {
		this.programmes = programmes;
	}

	/** Creates and publishes the open call; returns its code. */
	String open() {
		LocalDate today = programmes.today();
		String code = "PA-PEWARNA-ALAM-TERBUKA";
		programmes.create(Actor.SYSTEM, new ProgrammeInput(code, "Pendampingan teknis pewarna alam (panggilan terbuka)",
				"TECHNICAL_ASSISTANCE", today.getYear(), 600_000_000L, 40, today.minusDays(30).toString(),
				today.plusDays(60).toString(), "IKM", "Direktorat Jenderal IKMA, Kementerian Perindustrian",
				"Pendampingan teknis penggunaan pewarna alam bagi IKM batik tulis dan kombinasi. Data demo: jendela "
						+ "panggilan ini dihitung dari hari data demo dimuat.",
				List.of(), List.of("TULIS", "KOMBINASI"), List.of(), List.of(), false, false, null, 3));
		programmes.publish(Actor.SYSTEM, code);
		return code;
	}
}
