package id.canting.certification.batikmark.internal.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.certification.batikmark.internal.Certificate;
import id.canting.certification.batikmark.internal.Certificates;
import id.canting.certification.batikmark.internal.CertificationApplication;
import id.canting.certification.batikmark.internal.CertificationApplicationId;
import id.canting.certification.batikmark.internal.CertificationApplications;
import id.canting.certification.batikmark.internal.CertificationInput;
import id.canting.certification.CertificationStatus;
import id.canting.certification.batikmark.internal.DocumentKind;
import id.canting.certification.batikmark.internal.SurveillanceSchedule;
import id.canting.certification.batikmark.internal.CertificateExpiryJob;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmSummary;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.DemoProgress;
import id.canting.shared.PageRequest;

/**
 * Demo certification data, once the registry's demo IKM exist and only while no certificate and no
 * application exists: about 530 certificates spread over the demo IKM (technique among the IKM's
 * own, issued 2019 to 2026 through {@link Certificates#issue}, so the older ones expire when the
 * expiry job runs at the end; some suspended, some revoked with a reason), their surveillance visits
 * (a few overdue), and applications in every status of the workflow, taken through
 * {@link CertificationApplications} and then dated back so the service-level clock shows variety.
 * Deterministic: the same IKM, brands and dates on every empty database. One transaction.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoCertification {

	private static final Logger log = LoggerFactory.getLogger(DemoCertification.class);
	static final Map<Technique, Integer> CERTIFICATES = new LinkedHashMap<>(
			Map.of(Technique.TULIS, 250, Technique.CAP, 170, Technique.KOMBINASI, 110));
	private static final LocalDate FIRST = LocalDate.of(2019, 1, 7);
	private static final LocalDate LAST = LocalDate.of(2026, 10, 30);
	private static final String[] MOTIFS = { "Parang", "Kawung", "Truntum", "Sidomukti", "Mega Mendung",
			"Sekar Jagad", "Lasem", "Gedhog", "Tujuh Rupa", "Sogan", "Pesisiran", "Jlamprang" };
	private static final byte[] PDF = "%PDF-1.4\n% Canting demo document\n%%EOF\n".getBytes();
	private static final String REVOKE_REASON = "Label dipakai pada produk batik cap yang disertifikasi sebagai tulis";
	private static final String SUSPEND_REASON = "Surveilans: uji tahan luntur warna terhadap pencucian tidak memenuhi";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final RegistryQueries registry;
	private final Certificates certificates;
	private final CertificationApplications applications;
	private final CertificateExpiryJob expiry;
	private final TransactionTemplate transaction;

	DemoCertification(JdbcClient jdbc, JdbcTemplate template, RegistryQueries registry, Certificates certificates,
			CertificationApplications applications, CertificateExpiryJob expiry, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.registry = registry;
		this.certificates = certificates;
		this.applications = applications;
		this.expiry = expiry;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ContextRefreshedEvent.class)
	@Order(200)
	void loadWhenNoneExist() {
		DemoProgress progress = new DemoProgress(log, "Demo certification");
		Integer loaded = transaction.execute(status -> {
			if (jdbc.sql("select count(*) from certificate").query(Long.class).single() > 0
					|| jdbc.sql("select count(*) from certification_application").query(Long.class).single() > 0
					|| jdbc.sql("select count(*) from ikm").query(Long.class).single() == 0) {
				return null;
			}
			int count = certificates();
			progress.done("{} certificates issued, with their surveillance visits", count);
			applicationsInEveryStatus();
			return count;
		});
		if (loaded != null) {
			int expired = expiry.run();
			log.info("Demo certificates loaded: {} ({} expired) in {} ms", loaded, expired, progress.elapsedMillis());
		}
	}

	private int certificates() {
		LocalDate today = certificates.today();
		LocalDate last = LAST.isAfter(today) ? today : LAST;
		long span = ChronoUnit.DAYS.between(FIRST, last);
		int total = CERTIFICATES.values().stream().mapToInt(Integer::intValue).sum();
		List<Object[]> visits = new ArrayList<>();
		int i = 0;
		for (var entry : CERTIFICATES.entrySet()) {
			List<IkmSummary> ikm = ikmWith(entry.getKey());
			List<IkmSummary> chosen = spread(ikm, entry.getValue());
			for (int k = 0; k < chosen.size(); k++, i++) {
				IkmSummary holder = chosen.get(k);
				// spread over the years, interleaving the techniques
				// more certificates in recent years (the programme grew): the square root of an even spread
				int slot = (int) (Math.sqrt(((i * 7919L) % total) / (double) total) * span);
				LocalDate issuedOn = FIRST.plusDays(slot);
				String brand = MOTIFS[i % MOTIFS.length] + " " + shortName(holder.name());
				Certificate c = certificates.issue(Actor.SYSTEM, new IkmId(holder.id()), brand, entry.getKey(), issuedOn, null);
				boolean valid = !c.validUntil().isBefore(today);
				if (valid && i % 41 == 5) {
					certificates.revoke(Actor.SYSTEM, c.number(), REVOKE_REASON);
				}
				else {
					visits.addAll(visitsOf(c, today, i));
					if (valid && i % 29 == 3) {
						certificates.suspend(Actor.SYSTEM, c.number(), SUSPEND_REASON);
					}
				}
			}
		}
		template.batchUpdate("""
				insert into certification_surveillance (certificate_id, visited_on, assessor, result, notes, created_by, created_at)
				 values (?, ?, ?, ?, ?, 'system', ?)""", visits);
		return i;
	}

	/** Visits on each due date passed (a few days late), all but the last for every ninth: those are overdue. */
	private static List<Object[]> visitsOf(Certificate c, LocalDate today, int i) {
		List<Object[]> rows = new ArrayList<>();
		List<LocalDate> due = SurveillanceSchedule.dueDates(c.issuedOn(), c.validUntil()).stream()
			.filter(d -> d.isBefore(today)).toList();
		int done = i % 9 == 0 && !due.isEmpty() ? due.size() - 1 : due.size();
		Timestamp at = Timestamp.from(java.time.Instant.parse("2026-01-01T00:00:00Z"));
		for (int n = 0; n < done; n++) {
			LocalDate on = due.get(n).plusDays(i % 5);
			if (on.isAfter(today)) {
				on = due.get(n);
			}
			rows.add(new Object[] { c.id().value(), Date.valueOf(on), "Tim Asesor LSPro Batik", "PASS", null, at });
		}
		return rows;
	}

	private List<IkmSummary> ikmWith(Technique technique) {
		return registry.ikm(Actor.SYSTEM,
				new IkmFilter(null, null, null, technique, null, null, null, RecordStatus.ACTIVE, null),
				new PageRequest(0, 6000, "nib", true)).content();
	}

	/** Applications, three in each status, some paid long ago so the clock runs over 30 working days. */
	private void applicationsInEveryStatus() {
		List<IkmSummary> ikm = spread(ikmWith(Technique.TULIS), 400).subList(0, 24);
		int n = 0;
		for (CertificationStatus target : CertificationStatus.values()) {
			for (int k = 0; k < 3; k++, n++) {
				IkmSummary holder = ikm.get(n);
				CertificationApplication a = applications.apply(Actor.SYSTEM,
						new CertificationInput(holder.id(), MOTIFS[(n + 3) % MOTIFS.length] + " " + shortName(holder.name()),
								"IDM000" + (812_000 + n * 37), Technique.TULIS,
								"Kain batik tulis 2 x 1,15 m, pewarna alam, motif " + MOTIFS[(n + 3) % MOTIFS.length]));
				advance(a.id(), target, k, n);
			}
		}
	}

	private void advance(long id, CertificationStatus target, int k, int n) {
		Actor actor = Actor.SYSTEM;
		if (target != CertificationStatus.RECEIVED) {
			for (DocumentKind kind : DocumentKind.values()) {
				if (target == CertificationStatus.REJECTED && kind == DocumentKind.NPWP) {
					continue; // rejected at the file check: no NPWP
				}
				applications.attach(actor, new CertificationApplicationId(id), kind.name(), kind.name().toLowerCase() + ".pdf", PDF);
			}
		}
		if (target == CertificationStatus.REJECTED) {
			applications.reject(actor, new CertificationApplicationId(id), "Berkas tidak lengkap: NPWP tidak dilampirkan");
			backdate(id, 20 + n);
			return;
		}
		LocalDate today = applications.today();
		boolean failing = target == CertificationStatus.TESTED && k == 2; // shrinks too much: cannot be issued
		List<Runnable> steps = List.of(
				() -> applications.checkFile(actor, new CertificationApplicationId(id)),
				() -> applications.sample(actor, new CertificationApplicationId(id), today, "Dewi Lestari", "SMP-" + id + "-A, SMP-" + id + "-B"),
				() -> applications.bill(actor, new CertificationApplicationId(id), 2_500_000L),
				() -> applications.pay(actor, new CertificationApplicationId(id), today),
				() -> applications.test(actor, new CertificationApplicationId(id), new BigDecimal(failing ? "4.5" : "2.0"),
						new BigDecimal("4.0"), new BigDecimal("3.5")),
				() -> applications.issue(actor, new CertificationApplicationId(id)));
		int stepsTo = target.ordinal();
		for (int s = 0; s < stepsTo && s < steps.size(); s++) {
			steps.get(s).run();
		}
		// dated back: the clock of the first of each status runs long (over 30 working days)
		backdate(id, k == 0 ? 55 + n : 4 + n);
	}

	/** Moves the workflow's dates back by some days, as if it had started earlier. */
	private void backdate(long id, int days) {
		jdbc.sql("""
				select received_on, file_checked_on, sampled_on, billed_on, paid_on, tested_on, decided_on
				 from certification_application where id = :id""").param("id", id).query(rs -> {
			String[] columns = { "received_on", "file_checked_on", "sampled_on", "billed_on", "paid_on", "tested_on",
					"decided_on" };
			for (int c = 0; c < columns.length; c++) {
				Date d = rs.getDate(c + 1);
				if (d != null && !columns[c].equals("decided_on") && !columns[c].equals("tested_on")) {
					// the steps before payment go back the full span; test and decision stay recent
					jdbc.sql("update certification_application set " + columns[c] + " = :d where id = :id")
						.param("d", Date.valueOf(d.toLocalDate().minusDays(days))).param("id", id).update();
				}
			}
		});
	}

	private static String shortName(String name) {
		String s = name.replaceFirst("(?i)^(batik|ukm|ikm|cv\\.?|ud\\.?)\\s+", "");
		return s.length() > 60 ? s.substring(0, 60) : s;
	}

	private static <T> List<T> spread(List<T> from, int count) {
		if (from.size() <= count) {
			return from;
		}
		List<T> picked = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			picked.add(from.get((int) ((long) i * from.size() / count)));
		}
		return picked;
	}
}
