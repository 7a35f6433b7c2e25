package id.canting.programme.application.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.MachineClaimChanged;
import id.canting.programme.VerificationVisitRecorded;
import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.application.ClaimLine;
import id.canting.programme.application.MachineCondition;
import id.canting.programme.catalogue.MachineOrigin;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.catalogue.ReimbursementQuote;
import id.canting.programme.catalogue.ReimbursementRates;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.SizeClass;
import id.canting.shared.Actor;
import id.canting.shared.DateFields;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Machine-restructuring claims and verification visits. The applicant lists the new machines of a
 * draft application; the programme's rate table turns them into the requested amount (a claim that
 * would pay nothing, e.g. below the minimum, is refused with the rate table's reason). Before approval
 * the officer of the province records a visit; approval requires it to confirm the company and every
 * machine ({@link #check}, an {@link ApprovalCondition}).
 */
@Service
@Transactional
public class MachineClaims implements ApprovalCondition {

	private final ApplicationManagement applications;
	private final ApplicationRepository repository;
	private final IkmManagement ikms;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	MachineClaims(ApplicationManagement applications, ApplicationRepository repository, IkmManagement ikms,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.repository = repository;
		this.ikms = ikms;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Replaces the machines of a draft application and sets its requested amount to what the rate
	 * table pays back for them.
	 *
	 * @throws InvalidInputException naming each broken rule of each line ({@code lines[1].purchaseDate})
	 * @throws ClaimRefusedException when the claim would pay nothing, with the rate table's reasons
	 */
	public MachineClaim claim(Actor actor, ApplicationId applicationId, List<ClaimLineInput> inputs) {
		Application application = applications.visible(actor, applicationId);
		ApplicationAccess.requireApplicant(actor, application);
		if (!application.status().isEditable()) {
			throw new ApplicationTransitionException("claim", application.status());
		}
		Programme programme = applications.programmeOf(application);
		ReimbursementRates rates = rates(programme);
		List<ClaimLine> lines = ClaimRules.checkAll(inputs, programme.year());
		ReimbursementQuote quote = rates.quote(sizeClassOf(application), lines.stream().map(ClaimLine::priced).toList());
		if (quote.amountIdr() == 0) {
			throw new ClaimRefusedException(quote.reasons(), "programme.claim.nothing-to-pay");
		}
		jdbc.sql("delete from claim_line where application_id = :a").param("a", applicationId.value()).update();
		for (int i = 0; i < lines.size(); i++) {
			insert(applicationId.value(), i + 1, lines.get(i));
		}
		application.update(application.proposal(), quote.amountIdr(), actor.username(), clock.instant());
		repository.save(application);
		events.publishEvent(new MachineClaimChanged(applicationId.value(), programme.id().value(), application.provinceCode(),
				lines.size(), quote.amountIdr(), actor.username()));
		return new MachineClaim(applicationId.value(), lines, quote);
	}

	/** The claim of an application, with its quote; empty lines before the applicant lists any. */
	@Transactional(readOnly = true)
	public MachineClaim claim(Actor actor, ApplicationId applicationId) {
		Application application = applications.visible(actor, applicationId);
		Programme programme = applications.programmeOf(application);
		List<ClaimLine> lines = lines(applicationId.value());
		ReimbursementQuote quote = programme.reimbursement()
			.map(r -> r.quote(sizeClassOf(application), lines.stream().map(ClaimLine::priced).toList()))
			.orElse(null);
		return new MachineClaim(applicationId.value(), lines, quote);
	}

	/**
	 * Records the officer's visit (a second record replaces the first) to a submitted or verified
	 * application: one finding for every claim line.
	 */
	public VerificationVisit recordVisit(Actor actor, ApplicationId applicationId, VisitInput input) {
		Application application = applications.visible(actor, applicationId);
		ApplicationAccess.requireVerifier(actor, application);
		if (application.status() != ApplicationStatus.SUBMITTED && application.status() != ApplicationStatus.VERIFIED) {
			throw new ApplicationTransitionException("visit", application.status());
		}
		Programme programme = applications.programmeOf(application);
		rates(programme);
		int lineCount = lines(applicationId.value()).size();
		LocalDate submitted = application.submittedAt() == null ? null
				: application.submittedAt().atZone(ProgrammeManagement.WIB).toLocalDate();
		VerificationVisit visit = checked(applicationId.value(), input, lineCount, submitted, actor.username());
		jdbc.sql("delete from visit_machine where application_id = :a").param("a", applicationId.value()).update();
		jdbc.sql("delete from verification_visit where application_id = :a").param("a", applicationId.value()).update();
		jdbc.sql("""
				insert into verification_visit (application_id, visited_on, officer, company_exists, notes, recorded_at)
				 values (:a, :on, :officer, :exists, :notes, :at)""")
			.param("a", applicationId.value())
			.param("on", Date.valueOf(visit.visitedOn()))
			.param("officer", visit.officer())
			.param("exists", visit.companyExists())
			.param("notes", visit.notes())
			.param("at", Timestamp.from(visit.recordedAt()))
			.update();
		for (VerificationVisit.MachineFinding m : visit.machines()) {
			jdbc.sql("insert into visit_machine (application_id, line_no, present, is_new) values (:a, :l, :p, :n)")
				.param("a", applicationId.value()).param("l", m.line()).param("p", m.present()).param("n", m.isNew()).update();
		}
		events.publishEvent(new VerificationVisitRecorded(applicationId.value(), programme.id().value(),
				application.provinceCode(), visit.visitedOn(), visit.confirmsClaim(), actor.username()));
		return visit;
	}

	/** The visit of an application, if one was recorded. */
	@Transactional(readOnly = true)
	public Optional<VerificationVisit> visit(Actor actor, ApplicationId applicationId) {
		applications.visible(actor, applicationId);
		return visit(applicationId.value());
	}

	/**
	 * Machine restructuring pays only after the visit confirmed the company and every claimed machine,
	 * and never more than the rate table gives for the claim.
	 */
	@Override
	public void check(Programme programme, Application application, long amountIdr) {
		if (programme.type() != ProgrammeType.MACHINE_RESTRUCTURING) {
			return;
		}
		long applicationId = application.id().value();
		List<ClaimLine> lines = lines(applicationId);
		if (lines.isEmpty()) {
			throw new ClaimRefusedException("programme.claim.none");
		}
		VerificationVisit visit = visit(applicationId)
			.orElseThrow(() -> new ClaimRefusedException("programme.claim.visit-required"));
		if (!visit.confirmsClaim()) {
			throw new ClaimRefusedException("programme.claim.visit-not-confirmed", visit.visitedOn().toString());
		}
		long quoted = rates(programme).quote(sizeClassOf(application),
				lines.stream().map(ClaimLine::priced).toList()).amountIdr();
		if (amountIdr > quoted) {
			throw new ClaimRefusedException("programme.claim.over-quote", quoted);
		}
	}

	private VerificationVisit checked(long applicationId, VisitInput input, int lineCount, LocalDate submitted,
			String officer) {
		List<FieldViolation> v = new ArrayList<>();
		LocalDate visitedOn = DateFields.parse("visitedOn", input.visitedOn(), true, v);
		if (visitedOn != null && visitedOn.isAfter(LocalDate.ofInstant(clock.instant(), ProgrammeManagement.WIB))) {
			v.add(FieldViolation.of("visitedOn", "programme.application.validation.realised-future"));
		}
		else if (visitedOn != null && submitted != null && visitedOn.isBefore(submitted)) {
			v.add(FieldViolation.of("visitedOn", "programme.claim.validation.visit-before-submission",
					submitted.toString()));
		}
		if (input.companyExists() == null) {
			v.add(FieldViolation.of("companyExists", "validation.required"));
		}
		List<VerificationVisit.MachineFinding> findings = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		List<VisitInput.Finding> given = input.machines() == null ? List.of() : input.machines();
		for (int i = 0; i < given.size(); i++) {
			VisitInput.Finding f = given.get(i);
			String field = "machines[" + i + "]";
			if (f == null || f.line() == null || f.line() < 1 || f.line() > lineCount || !seen.add(f.line())) {
				v.add(FieldViolation.of(field + ".line", "programme.claim.validation.visit-line", lineCount));
			}
			else if (f.present() == null || f.isNew() == null) {
				v.add(FieldViolation.of(field, "programme.claim.validation.visit-finding"));
			}
			else {
				findings.add(new VerificationVisit.MachineFinding(f.line(), f.present(), f.isNew()));
			}
		}
		if (v.isEmpty() && seen.size() != lineCount) {
			v.add(FieldViolation.of("machines", "programme.claim.validation.visit-every-line", lineCount));
		}
		String notes = ApplicationRules.stripped(input.notes());
		if (notes != null && notes.length() > ApplicationRules.TEXT_MAX) {
			v.add(FieldViolation.of("notes", "validation.too-long", ApplicationRules.TEXT_MAX, notes.length()));
		}
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		findings.sort(java.util.Comparator.comparingInt(VerificationVisit.MachineFinding::line));
		return new VerificationVisit(applicationId, visitedOn, officer, input.companyExists(), findings, notes,
				clock.instant());
	}

	private static ReimbursementRates rates(Programme programme) {
		return programme.reimbursement().orElseThrow(() -> new NoRateTableException(programme.code()));
	}

	private SizeClass sizeClassOf(Application application) {
		if (application.beneficiary() != null && application.beneficiary().sizeClass() != null) {
			return SizeClass.valueOf(application.beneficiary().sizeClass());
		}
		return ikms.ikm(Actor.SYSTEM, new IkmId(application.ikmId())).sizeClass();
	}

	private void insert(long applicationId, int lineNo, ClaimLine l) {
		jdbc.sql("""
				insert into claim_line (application_id, line_no, machine_name, machine_condition, origin, supplier,
				 invoice_number, tax_invoice_number, purchase_date, price_idr)
				 values (:a, :n, :machine, :condition, :origin, :supplier, :invoice, :tax, :purchased, :price)""")
			.param("a", applicationId)
			.param("n", lineNo)
			.param("machine", l.machineName())
			.param("condition", l.condition().name())
			.param("origin", l.origin().name())
			.param("supplier", l.supplier())
			.param("invoice", l.invoiceNumber())
			.param("tax", l.taxInvoiceNumber())
			.param("purchased", Date.valueOf(l.purchaseDate()))
			.param("price", l.priceIdr())
			.update();
	}

	private List<ClaimLine> lines(long applicationId) {
		return jdbc.sql("""
				select machine_name, machine_condition, origin, supplier, invoice_number, tax_invoice_number,
				 purchase_date, price_idr from claim_line where application_id = :a order by line_no""")
			.param("a", applicationId)
			.query((rs, n) -> new ClaimLine(rs.getString(1), MachineCondition.valueOf(rs.getString(2)),
					MachineOrigin.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getDate(7).toLocalDate(), rs.getLong(8)))
			.list();
	}

	private Optional<VerificationVisit> visit(long applicationId) {
		List<VerificationVisit.MachineFinding> machines = jdbc
			.sql("select line_no, present, is_new from visit_machine where application_id = :a order by line_no")
			.param("a", applicationId)
			.query((rs, n) -> new VerificationVisit.MachineFinding(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3)))
			.list();
		return jdbc.sql("""
				select visited_on, officer, company_exists, notes, recorded_at from verification_visit
				 where application_id = :a""")
			.param("a", applicationId)
			.query((rs, n) -> new VerificationVisit(applicationId, rs.getDate(1).toLocalDate(), rs.getString(2),
					rs.getBoolean(3), machines, rs.getString(4), rs.getTimestamp(5).toInstant()))
			.optional();
	}
}
