package id.canting.programme.impact.internal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationInput;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.application.ClaimLine;
import id.canting.programme.application.MachineCondition;
import id.canting.programme.application.VerificationChecklist;
import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.ProgrammeEligibility;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.registry.Gender;
import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmKind;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmSummary;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.registry.SentraFilter;
import id.canting.registry.SentraId;
import id.canting.registry.SentraQueries;
import id.canting.registry.SentraSummary;
import id.canting.shared.Actor;
import id.canting.shared.DemoProgress;
import id.canting.shared.PageRequest;

/**
 * Demo applications in every status, once the registry's demo IKM exist (after the context is
 * refreshed, as the demo accounts are). The 2024 programmes get their history: applicants chosen
 * among the IKM and sentra that meet each programme's rules (checked by {@link ProgrammeEligibility}),
 * decided, realised and closed during 2024. Their windows closed long ago, so this history is written
 * as the workflow would have left it, with the beneficiary frozen from the registry and the programme's
 * committed quota and budget recomputed. The open call of {@link DemoOpenCall} then gets pending work
 * through {@link ApplicationManagement} itself: drafts, submissions for the provincial officers and
 * verified applications for the ministry. Realised and closed beneficiaries get baseline and follow-up
 * indicators ({@link DemoIndicators}). One transaction: a failure leaves no demo application.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoApplications {

	private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
	private static final int CANDIDATES = 400;

	private final JdbcClient jdbc;
	private final ProgrammeManagement programmes;
	private final ProgrammeEligibility eligibility;
	private final ApplicationManagement applications;
	private final IkmManagement ikms;
	private final RegistryQueries registry;
	private final SentraQueries sentras;
	private final DemoOpenCall openCall;
	private final DemoIndicators indicators;
	private final TransactionTemplate transaction;

	DemoApplications(JdbcClient jdbc, ProgrammeManagement programmes, ProgrammeEligibility eligibility,
			ApplicationManagement applications, IkmManagement ikms, RegistryQueries registry, SentraQueries sentras,
			DemoOpenCall openCall, DemoIndicators indicators, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.eligibility = eligibility;
		this.applications = applications;
		this.ikms = ikms;
		this.registry = registry;
		this.sentras = sentras;
		this.openCall = openCall;
		this.indicators = indicators;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener(ContextRefreshedEvent.class)
	@Order(100)
	void loadWhenNoneExist() {
		DemoProgress progress = new DemoProgress(log, "Demo applications");
		Integer loaded = transaction.execute(status -> {
			if (jdbc.sql("select count(*) from programme_application").query(Long.class).single() > 0
					|| jdbc.sql("select count(*) from programme where code = 'PA-PEWARNA-ALAM-2024'").query(Long.class)
						.single() == 0) {
				return null;
			}
			int count = history();
			recomputeCommitments();
			progress.done("{} decided applications of 2024 written", count);
			// measured before and after: the realised and closed ones; approved ones are not delivered yet
			indicators.recordFor(jdbc.sql("""
					select id from programme_application where status in ('REALISED', 'CLOSED') order by id""")
				.query(Long.class).list().stream().map(ApplicationId::new).toList());
			progress.done("baseline and follow-up indicators recorded");
			return count + pendingWork();
		});
		if (loaded != null) {
			log.info("Demo applications loaded: {} in {} ms", loaded, progress.elapsedMillis());
		}
	}

	/** The 2024 programmes' decided history. */
	private int history() {
		int count = 0;
		count += ikmHistory("PA-PEWARNA-ALAM-2024", ikmFilter(null, null, null), 12_500_000L,
				plan(14, 4, 2, 3, 1));
		count += sentraHistory("FAS-PERALATAN-SENTRA-2024", 250_000_000L, plan(5, 2, 0, 1, 0));
		count += ikmHistory("BINA-LAPAS-2024", ikmFilter(null, null, IkmKind.PRISON_UNIT), 50_000_000L,
				plan(5, 1, 0, 0, 0));
		count += ikmHistory("RESTRUKTURISASI-MESIN-2024", ikmFilter(null, null, null), 150_000_000L,
				plan(5, 3, 2, 2, 0));
		count += ikmHistory("PELATIHAN-SDM-2024", ikmFilter(null, null, null), 7_500_000L, plan(30, 5, 0, 3, 2));
		count += ikmHistory("IG-GEDHOG-TUBAN-2024", ikmFilter("35", "35.23", null), 11_500_000L,
				plan(10, 2, 0, 0, 0));
		count += ikmHistory("WORKSHOP-SERAGAM-HAJI-2024", ikmFilter(null, null, null), 10_000_000L,
				plan(16, 2, 0, 2, 0));
		return count;
	}

	/** Statuses in the order the chosen applicants get them. */
	private static List<ApplicationStatus> plan(int closed, int realised, int approved, int rejected, int withdrawn) {
		List<ApplicationStatus> statuses = new ArrayList<>();
		statuses.addAll(Collections.nCopies(closed, ApplicationStatus.CLOSED));
		statuses.addAll(Collections.nCopies(realised, ApplicationStatus.REALISED));
		statuses.addAll(Collections.nCopies(approved, ApplicationStatus.APPROVED));
		statuses.addAll(Collections.nCopies(rejected, ApplicationStatus.REJECTED));
		statuses.addAll(Collections.nCopies(withdrawn, ApplicationStatus.WITHDRAWN));
		return statuses;
	}

	private static IkmFilter ikmFilter(String province, String regency, IkmKind kind) {
		return new IkmFilter(province, regency, null, null, null, null, kind, RecordStatus.ACTIVE, null);
	}

	private int ikmHistory(String code, IkmFilter filter, long amount, List<ApplicationStatus> plan) {
		var programme = programmes.programme(Actor.SYSTEM, code);
		List<IkmSummary> candidates = registry.ikm(Actor.SYSTEM, filter, new PageRequest(0, CANDIDATES, "nib", true))
			.content();
		// the programme read once, not once per candidate: the same rules, a third fewer queries at first start
		List<IkmSummary> eligible = candidates.stream()
			.filter(c -> eligibility.check(programme, ikms.ikm(Actor.SYSTEM, new IkmId(c.id()))).isEmpty())
			.toList();
		List<IkmSummary> chosen = spread(eligible, plan.size());
		LocalDate opens = programme.details().opensOn();
		for (int i = 0; i < chosen.size(); i++) {
			IkmSummary c = chosen.get(i);
			Ikm ikm = ikms.ikm(Actor.SYSTEM, new IkmId(c.id()));
			IkmDetails d = ikm.details();
			Frozen frozen = new Frozen(ikm.name(), d.nib(), d.regencyCode(), d.kind().name(), ikm.sizeClass().name(),
					d.workers(), d.workersFemale(), d.ownerGender() == Gender.FEMALE ? "F" : "M");
			long requested = amount + (i % 5) * (amount / 10);
			List<ClaimLine> machines = List.of();
			// a database made before rate tables existed (V13) has the programme without one: no claims then
			if (programme.type() == ProgrammeType.MACHINE_RESTRUCTURING && programme.reimbursement().isPresent()) {
				machines = machinesBoughtBy(i, programme.year());
				requested = programme.reimbursement().get()
					.quote(ikm.sizeClass(), machines.stream().map(ClaimLine::priced).toList()).amountIdr();
			}
			long id = insert(programme.id().value(), "IKM", c.id(), null, ikm.provinceCode(), ikm.name(), plan.get(i),
					requested, opens.plusDays(i % 20), frozen, i);
			claimed(id, machines, plan.get(i), opens.plusDays(i % 20 + 8));
		}
		return chosen.size();
	}

	private int sentraHistory(String code, long amount, List<ApplicationStatus> plan) {
		var programme = programmes.programme(Actor.SYSTEM, code);
		List<SentraSummary> eligible = sentras
			.sentra(new SentraFilter(null, null, null, RecordStatus.ACTIVE, null), new PageRequest(0, 200, "code", true))
			.content().stream()
			.filter(s -> eligibility.ofSentra(Actor.SYSTEM, code, new SentraId(s.id())).isEmpty())
			.toList();
		List<SentraSummary> chosen = spread(eligible, plan.size());
		LocalDate opens = programme.details().opensOn();
		for (int i = 0; i < chosen.size(); i++) {
			SentraSummary s = chosen.get(i);
			Frozen frozen = new Frozen(s.name(), null, s.regencyCode(), "SENTRA", null, s.activeMembers(), null, null);
			insert(programme.id().value(), "SENTRA", null, s.id(), s.provinceCode(), s.name(), plan.get(i),
					amount - (i % 3) * (amount / 10), opens.plusDays(i % 20), frozen, i);
		}
		return chosen.size();
	}

	/** Evenly spaced picks, so the demo's applicants come from many regencies rather than the first few. */
	private static <T> List<T> spread(List<T> from, int count) {
		if (from.size() <= count) {
			return from;
		}
		List<T> picked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			picked.add(from.get(i * from.size() / count));
		}
		return picked;
	}

	private record Frozen(String name, String nib, String regency, String kind, String sizeClass, Integer workers,
			Integer womenWorkers, String ownerGender) {
	}

	/** New machines of a demo claim: a copper-stamp table (domestic) for all, a dryer (imported) for every second. */
	private static List<ClaimLine> machinesBoughtBy(int index, int year) {
		List<ClaimLine> machines = new ArrayList<>();
		machines.add(new ClaimLine("Meja cap tembaga dan kompor", MachineCondition.NEW, MachineOrigin.DOMESTIC,
				"CV Logam Batik Pekalongan", "INV-" + year + "-" + (1000 + index), "010.000-" + (year % 100) + "."
						+ String.format("%08d", 1000 + index), LocalDate.of(year, 1 + index % 3, 10),
				80_000_000L + index * 35_000_000L));
		if (index % 2 == 0) {
			machines.add(new ClaimLine("Mesin pengering kain", MachineCondition.NEW, MachineOrigin.IMPORTED,
					"PT Mesin Tekstil Nusantara", "INV-" + year + "-" + (2000 + index), "010.000-" + (year % 100) + "."
							+ String.format("%08d", 2000 + index), LocalDate.of(year, 2 + index % 3, 5),
					240_000_000L));
		}
		return machines;
	}

	/** The claim's machines, and the officer's confirming visit when the application was verified. */
	private void claimed(long applicationId, List<ClaimLine> machines, ApplicationStatus status, LocalDate visitedOn) {
		for (int n = 0; n < machines.size(); n++) {
			ClaimLine l = machines.get(n);
			jdbc.sql("""
					insert into claim_line (application_id, line_no, machine_name, machine_condition, origin, supplier,
					 invoice_number, tax_invoice_number, purchase_date, price_idr)
					 values (:a, :n, :m, :c, :o, :s, :i, :t, :d, :p)""")
				.param("a", applicationId).param("n", n + 1).param("m", l.machineName()).param("c", l.condition().name())
				.param("o", l.origin().name()).param("s", l.supplier()).param("i", l.invoiceNumber())
				.param("t", l.taxInvoiceNumber()).param("d", Date.valueOf(l.purchaseDate())).param("p", l.priceIdr())
				.update();
		}
		if (machines.isEmpty() || status == ApplicationStatus.WITHDRAWN) {
			return;
		}
		boolean confirmed = status != ApplicationStatus.REJECTED;
		jdbc.sql("""
				insert into verification_visit (application_id, visited_on, officer, company_exists, notes, recorded_at)
				 values (:a, :on, 'officer', true, :notes, :at)""")
			.param("a", applicationId).param("on", Date.valueOf(visitedOn))
			.param("notes", confirmed ? "Mesin terpasang dan baru (data demo)" : "Mesin pengering tidak ada di lokasi (data demo)")
			.param("at", at(visitedOn)).update();
		for (int n = 0; n < machines.size(); n++) {
			jdbc.sql("insert into visit_machine (application_id, line_no, present, is_new) values (:a, :n, :p, true)")
				.param("a", applicationId).param("n", n + 1).param("p", confirmed || n == 0).update();
		}
	}

	/** One decided application of 2024, with the dates its steps would have had; returns its id. */
	private long insert(long programmeId, String type, Long ikmId, Long sentraId, String province, String name,
			ApplicationStatus status, long amount, LocalDate submitted, Frozen frozen, int index) {
		boolean verified = status != ApplicationStatus.WITHDRAWN;
		boolean decided = status != ApplicationStatus.WITHDRAWN;
		boolean benefit = status.isBenefit();
		boolean realised = status == ApplicationStatus.REALISED || status == ApplicationStatus.CLOSED;
		LocalDate verifiedOn = submitted.plusDays(10);
		LocalDate decidedOn = submitted.plusDays(21);
		LocalDate realisedOn = submitted.plusDays(75);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into programme_application (programme_id, applicant_type, ikm_id, sentra_id, province_code,
				 applicant_name, proposal, requested_idr, status, check_identity, check_documents, check_eligibility,
				 check_site, verification_note, verified_by, verified_at, approved_idr, rejection_reason, decided_by,
				 decided_at, beneficiary_name, beneficiary_nib, beneficiary_regency, beneficiary_kind,
				 beneficiary_size_class, beneficiary_workers, beneficiary_women_workers, beneficiary_owner_gender,
				 realised_on, realised_idr, realisation_note, submitted_at, closed_at, created_by, created_at,
				 updated_at, version)
				 values (:programme, :type, :ikm, :sentra, :province, :name, :proposal, :requested, :status, :checked,
				 :checked, :checked, :checked, :note, :verifiedBy, :verifiedAt, :approved, :reason, :decidedBy,
				 :decidedAt, :bName, :bNib, :bRegency, :bKind, :bSize, :bWorkers, :bWomen, :bGender, :realisedOn,
				 :realised, :realisationNote, :submittedAt, :closedAt, 'system', :submittedAt, :updatedAt, 1)""")
			.param("programme", programmeId)
			.param("type", type)
			.param("ikm", ikmId)
			.param("sentra", sentraId)
			.param("province", province)
			.param("name", name)
			.param("proposal", "Permohonan " + name + " (data demo)")
			.param("requested", amount)
			.param("status", status.name())
			.param("checked", verified ? Boolean.TRUE : null)
			.param("note", verified ? "Dokumen dan lokasi usaha sesuai (data demo)" : null)
			.param("verifiedBy", verified ? "officer." + province : null)
			.param("verifiedAt", verified ? at(verifiedOn) : null)
			.param("approved", benefit ? amount : null)
			.param("reason", status == ApplicationStatus.REJECTED ? REJECTIONS.get(index % REJECTIONS.size()) : null)
			.param("decidedBy", decided ? "admin" : null)
			.param("decidedAt", decided ? at(decidedOn) : null)
			.param("bName", benefit ? frozen.name() : null)
			.param("bNib", benefit ? frozen.nib() : null)
			.param("bRegency", benefit ? frozen.regency() : null)
			.param("bKind", benefit ? frozen.kind() : null)
			.param("bSize", benefit ? frozen.sizeClass() : null)
			.param("bWorkers", benefit ? frozen.workers() : null)
			.param("bWomen", benefit ? frozen.womenWorkers() : null)
			.param("bGender", benefit ? frozen.ownerGender() : null)
			.param("realisedOn", realised ? Date.valueOf(realisedOn) : null)
			.param("realised", realised ? amount : null)
			.param("realisationNote", realised ? "Diserahkan dan diterima lengkap (data demo)" : null)
			.param("submittedAt", at(submitted))
			.param("closedAt", status == ApplicationStatus.CLOSED ? at(LocalDate.of(2024, 12, 16)) : null)
			.param("updatedAt", at(status == ApplicationStatus.CLOSED ? LocalDate.of(2024, 12, 16)
					: realised ? realisedOn : decided ? decidedOn : submitted.plusDays(3)))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static final List<String> REJECTIONS = List.of(
			"Dokumen faktur pajak tidak lengkap setelah batas waktu perbaikan.",
			"Kuota provinsi untuk program ini telah terpenuhi oleh pemohon dengan skor lebih tinggi.",
			"Hasil kunjungan lapangan: kegiatan produksi batik tidak berjalan.");

	private static Timestamp at(LocalDate day) {
		return Timestamp.from(day.atTime(LocalTime.of(10, 0)).atZone(WIB).toInstant());
	}

	/** What the history's approvals committed, as approvals through the workflow would have counted it. */
	private void recomputeCommitments() {
		jdbc.sql("""
				update programme set
				 approved_count = (select count(*) from programme_application a where a.programme_id = programme.id
				  and a.status in ('APPROVED', 'REALISED', 'CLOSED')),
				 committed_idr = (select coalesce(sum(a.approved_idr), 0) from programme_application a
				  where a.programme_id = programme.id and a.status in ('APPROVED', 'REALISED', 'CLOSED'))""").update();
	}

	/** The open call's pending work, through the workflow itself. */
	private int pendingWork() {
		String code = openCall.open();
		List<IkmSummary> candidates = new ArrayList<>();
		for (String province : List.of("33", "35", "32", "34")) {
			candidates.addAll(registry.ikm(Actor.SYSTEM, ikmFilter(province, null, null),
					new PageRequest(0, 60, "name", true)).content()
				.stream()
				.filter(c -> eligibility.ofIkm(Actor.SYSTEM, code, new IkmId(c.id())).isEmpty())
				.limit(4)
				.toList());
		}
		int count = 0;
		for (int i = 0; i < candidates.size(); i++) {
			IkmSummary c = candidates.get(i);
			boolean keepDraft = i % 8 == 0;
			var application = applications.apply(Actor.SYSTEM, code, new ApplicationInput(c.id(), null,
					"Pendampingan pewarna alam untuk " + c.name() + " (data demo)", 12_500_000L, !keepDraft));
			long id = application.id().value();
			switch (i % 8) {
				case 2, 5 -> applications.verify(Actor.SYSTEM, new ApplicationId(id), VerificationChecklist.allConfirmed("Sesuai (data demo)"));
				// one returned application, in Jawa Barat (the third province), so that every status is shown
				// while the queues of Jawa Tengah and Jawa Timur, which tests and the demo walk through, stay as they were
				case 3 -> {
					if (i / 8 == 1) {
						applications.returnForCorrection(Actor.SYSTEM, new ApplicationId(id),
								"Lengkapi foto proses pewarnaan dan rincian biaya (data demo).");
					}
				}
				case 6 -> applications.withdraw(Actor.SYSTEM, new ApplicationId(id));
				case 7 -> applications.reject(Actor.SYSTEM, new ApplicationId(id), "Usaha belum menggunakan teknik tulis atau kombinasi (data demo).");
				default -> { }
			}
			count++;
		}
		return count;
	}
}
