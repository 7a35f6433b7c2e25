package id.canting.development.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.development.internal.FacilityCondition;
import id.canting.development.internal.FacilityKind;
import id.canting.development.internal.FacilityLine;
import id.canting.development.internal.NeedPriority;
import id.canting.development.internal.ProjectInput;
import id.canting.development.internal.SentraDevelopment;
import id.canting.programme.SentraBenefits;
import id.canting.programme.SentraBenefits.SentraBenefit;
import id.canting.registry.RecordStatus;
import id.canting.registry.SentraFilter;
import id.canting.registry.SentraId;
import id.canting.registry.SentraQueries;
import id.canting.registry.SentraSummary;
import id.canting.shared.Actor;
import id.canting.shared.DemoProgress;
import id.canting.shared.PageRequest;

/**
 * Demo sentra development, once the registry's demo sentra and the programmes' demo applications exist
 * and while no sentra has facilities: facilities for every active sentra (kinds, counts and conditions
 * varying deterministically with the sentra's place in code order), coordinates for seven sentra in
 * eight, needs for every third, and a revitalisation project for every realised or closed programme
 * application to a sentra (equipment facilitation, sentra revitalisation). Everything goes through
 * {@link SentraDevelopment}, so it is audited like any officer's change. The positions are SYNTHETIC:
 * a deterministic spread inside an inland box of the sentra's province, not the sentra's real place.
 * The same data on every empty database. One transaction.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoDevelopment {

	private static final Logger log = LoggerFactory.getLogger(DemoDevelopment.class);

	/** An inland box per demo province (south, north, west, east), where synthetic positions fall. */
	static final Map<String, double[]> BOXES = Map.ofEntries(Map.entry("33", new double[] { -7.60, -6.95, 109.20, 111.00 }),
			Map.entry("35", new double[] { -8.10, -7.30, 111.60, 113.30 }),
			Map.entry("34", new double[] { -7.95, -7.70, 110.20, 110.55 }),
			Map.entry("15", new double[] { -2.00, -1.40, 102.60, 103.60 }),
			Map.entry("32", new double[] { -7.20, -6.60, 106.90, 108.30 }),
			Map.entry("31", new double[] { -6.25, -6.15, 106.78, 106.90 }),
			Map.entry("64", new double[] { -0.60, 0.20, 116.90, 117.20 }),
			Map.entry("16", new double[] { -3.05, -2.90, 104.70, 104.80 }),
			Map.entry("63", new double[] { -3.40, -3.30, 114.55, 114.65 }),
			Map.entry("72", new double[] { -0.95, -0.85, 119.85, 119.90 }),
			Map.entry("51", new double[] { -8.60, -8.45, 115.15, 115.35 }));
	private static final FacilityCondition[] CONDITIONS = { FacilityCondition.GOOD, FacilityCondition.GOOD,
			FacilityCondition.FAIR, FacilityCondition.GOOD, FacilityCondition.POOR, FacilityCondition.FAIR,
			FacilityCondition.BROKEN };
	private static final String[] EQUIPMENT = { "Kompor batik listrik", "Meja cap tembaga", "Bak celup stainless",
			"Mesin jahit", "Gawangan" };
	private static final String[] NEEDS = { "Perbaikan IPAL: bak pengendap bocor dan limbah warna meluap saat hujan",
			"Kompor batik listrik pengganti kompor minyak tanah untuk 10 perajin",
			"Pelatihan pewarna alam (indigo, tingi, jelawe) bagi anggota baru",
			"Ruang pamer di tepi jalan kabupaten untuk pembeli rombongan",
			"Atap area penjemuran yang rusak diganti sebelum musim hujan",
			"Pendampingan sertifikasi Batikmark untuk anggota yang belum bersertifikat" };

	private final JdbcClient jdbc;
	private final SentraQueries sentras;
	private final SentraBenefits benefits;
	private final SentraDevelopment development;
	private final TransactionTemplate transaction;

	DemoDevelopment(JdbcClient jdbc, SentraQueries sentras, SentraBenefits benefits, SentraDevelopment development,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.sentras = sentras;
		this.benefits = benefits;
		this.development = development;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ContextRefreshedEvent.class)
	@Order(300)
	void loadWhenNoneExist() {
		DemoProgress progress = new DemoProgress(log, "Demo sentra development");
		transaction.executeWithoutResult(status -> {
			if (jdbc.sql("select count(*) from development_facility").query(Long.class).single() > 0
					|| jdbc.sql("select count(*) from sentra").query(Long.class).single() == 0) {
				return;
			}
			List<SentraSummary> active = sentras.sentra(new SentraFilter(null, null, null, RecordStatus.ACTIVE, null),
					new PageRequest(0, 100_000, "code", true)).content();
			int located = 0;
			int needs = 0;
			for (int i = 0; i < active.size(); i++) {
				SentraSummary s = active.get(i);
				SentraId id = new SentraId(s.id());
				development.replaceFacilities(Actor.SYSTEM, id, facilities(i));
				double[] box = BOXES.get(s.provinceCode());
				if (box != null && i % 8 != 7) {
					development.setLocation(Actor.SYSTEM, id, spread(box[0], box[1], i, 0.6180339887),
							spread(box[2], box[3], i, 0.7548776662));
					located++;
				}
				if (i % 3 == 0) {
					development.listNeed(Actor.SYSTEM, id, NEEDS[i % NEEDS.length], NeedPriority.values()[i % 3]);
					needs++;
					if (i % 2 == 0) {
						development.listNeed(Actor.SYSTEM, id, NEEDS[(i + 2) % NEEDS.length], NeedPriority.LOW);
						needs++;
					}
				}
			}
			progress.done("facilities for {} sentra, {} located, {} needs", active.size(), located, needs);
			int projects = 0;
			for (SentraBenefit b : benefits.all()) {
				if (!"REALISED".equals(b.status()) && !"CLOSED".equals(b.status())) {
					continue;
				}
				LocalDate on = b.realisedOn() != null ? b.realisedOn() : LocalDate.of(b.programmeYear(), 9, 15);
				long cost = b.realisedIdr() != null ? b.realisedIdr() : b.approvedIdr() != null ? b.approvedIdr() : 0;
				boolean revitalisation = "SENTRA_REVITALISATION".equals(b.programmeType());
				development.recordProject(Actor.SYSTEM, new SentraId(b.sentraId()), new ProjectInput(
						revitalisation ? "Revitalisasi ruang pewarnaan bersama dan saluran ke IPAL (" + b.programmeName() + ")"
								: "Kompor batik listrik, meja cap dan bak celup (" + b.programmeName() + ")",
						on, cost, revitalisation ? FacilityKind.DYEING_ROOM : FacilityKind.EQUIPMENT, FacilityCondition.POOR,
						FacilityCondition.GOOD, b.applicationId()));
				projects++;
			}
			progress.done("{} revitalisation projects from programme applications", projects);
		});
	}

	/** The facilities of the i-th sentra in code order: always dyeing room and drying area, others by turns. */
	static List<FacilityLine> facilities(int i) {
		List<FacilityLine> lines = new ArrayList<>();
		lines.add(line(FacilityKind.IPAL, null, i % 3 == 0 ? 0 : 1, i, 0));
		lines.add(line(FacilityKind.DYEING_ROOM, null, 1 + i % 2, i, 1));
		if (i % 4 != 1) {
			lines.add(line(FacilityKind.WAXING_ROOM, null, 1, i, 2));
		}
		lines.add(line(FacilityKind.DRYING_AREA, null, 1, i, 3));
		if (i % 2 == 0) {
			lines.add(line(FacilityKind.SHOWROOM, null, 1, i, 4));
		}
		if (i % 5 == 0) {
			lines.add(line(FacilityKind.TRAINING_ROOM, null, 1, i, 5));
		}
		lines.add(line(FacilityKind.EQUIPMENT, EQUIPMENT[i % EQUIPMENT.length], 2 + i % 6, i, 6));
		lines.add(line(FacilityKind.EQUIPMENT, EQUIPMENT[(i + 2) % EQUIPMENT.length], 1 + i % 3, i, 7));
		return lines;
	}

	private static FacilityLine line(FacilityKind kind, String name, int count, int i, int k) {
		return new FacilityLine(kind, name, count, CONDITIONS[(i * 5 + k * 3) % CONDITIONS.length]);
	}

	/** A deterministic, evenly spread value in [low, high] (an additive recurrence), six decimals. */
	static BigDecimal spread(double low, double high, int i, double step) {
		double fraction = ((i + 1) * step) % 1.0;
		return BigDecimal.valueOf(low + fraction * (high - low)).setScale(6, RoundingMode.HALF_UP);
	}
}
