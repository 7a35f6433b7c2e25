package id.canting.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.region.Regency;
import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.Ikm;
import id.canting.registry.IkmBulkRegistration;
import id.canting.registry.IkmColumn;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmInput;
import id.canting.registry.IkmKind;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmRules;
import id.canting.registry.ProductCategory;
import id.canting.registry.Sentra;
import id.canting.registry.SentraManagement;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.FieldChange;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * IKM rows: matched by NIB (a known NIB updates that IKM, a new or missing one registers a new IKM),
 * checked with {@link IkmRules} (the same rules as the forms and the API), within the actor's scope.
 */
@Component
class IkmImportRows implements ImportRows {

	private static final List<IkmColumn> REQUIRED = List.of(IkmColumn.NAME, IkmColumn.OWNER_NAME,
			IkmColumn.OWNER_GENDER, IkmColumn.REGENCY, IkmColumn.KIND, IkmColumn.TECHNIQUES, IkmColumn.CATEGORIES,
			IkmColumn.WORKERS_MALE, IkmColumn.WORKERS_FEMALE, IkmColumn.INVESTMENT);

	private final IkmManagement ikms;
	private final IkmBulkRegistration bulk;
	private final SentraManagement sentras;
	private final JsonMapper json;

	IkmImportRows(IkmManagement ikms, IkmBulkRegistration bulk, SentraManagement sentras, JsonMapper json) {
		this.ikms = ikms;
		this.bulk = bulk;
		this.sentras = sentras;
		this.json = json;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.IKM;
	}

	@Override
	public String keyField() {
		return "nib";
	}

	@Override
	public List<ColumnSpec> columns() {
		return COLUMNS;
	}

	private static final List<ColumnSpec> COLUMNS = Arrays.stream(IkmColumn.values()).map(IkmImportRows::spec).toList();

	/** How each column of the IKM sheet is read, and which labels its codes have. */
	private static ColumnSpec spec(IkmColumn c) {
		boolean required = REQUIRED.contains(c);
		return switch (c) {
			case ID, WORKERS_MALE, WORKERS_FEMALE, CAPACITY, INVESTMENT ->
				new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.WHOLE);
			case NIB -> new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.NIB);
			case PHONE -> new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.PHONE);
			case SENTRA ->
				new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.IDENTIFIER);
			case YEAR_FOUNDED -> new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.YEAR);
			case REGENCY -> new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.REGENCY);
			case OWNER_GENDER -> ColumnSpec.coded(c.field(), c.header("id"), c.header("en"), required,
					ColumnSpec.Value.CODE, "gender.", Gender.class);
			case KIND -> ColumnSpec.coded(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.CODE,
					"kind.", IkmKind.class);
			case TECHNIQUES -> ColumnSpec.coded(c.field(), c.header("id"), c.header("en"), required,
					ColumnSpec.Value.CODES, "technique.", Technique.class);
			case CATEGORIES -> ColumnSpec.coded(c.field(), c.header("id"), c.header("en"), required,
					ColumnSpec.Value.CODES, "category.", ProductCategory.class);
			case DYES -> ColumnSpec.coded(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.CODES,
					"dye.", Dye.class);
			default -> new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.TEXT);
		};
	}

	@Override
	public Checked check(Actor actor, SheetRow row) {
		return checkAll(actor, List.of(row)).get(0);
	}

	/**
	 * The field rules row by row, then one NIB lookup for the whole batch, then each valid row compared
	 * with the IKM it names. Sentra are looked up once per batch.
	 */
	@Override
	public List<Checked> checkAll(Actor actor, List<SheetRow> rows) {
		Map<String, Optional<Sentra>> sentraByCode = new HashMap<>();
		List<Object> ruled = new ArrayList<>(rows.size());
		List<String> nibs = new ArrayList<>();
		for (SheetRow row : rows) {
			Object result = rules(actor, row, sentraByCode);
			if (result instanceof Valid valid && valid.details().nib() != null) {
				nibs.add(valid.details().nib());
			}
			ruled.add(result);
		}
		Map<String, IkmId> idsByNib = ikms.findByNibs(nibs);
		return ruled.stream()
			.map(result -> result instanceof Valid valid ? compareWithRegistry(actor, valid, idsByNib) : (Checked) result)
			.toList();
	}

	/** A row that passed the field rules and the actor's scope, still to be compared with the registry. */
	private record Valid(IkmInput input, IkmDetails details, SheetRow row, Long givenId) {
	}

	/** The row as a {@link Valid} when it passes the rules, else its {@link Checked} INVALID outcome. */
	private Object rules(Actor actor, SheetRow row, Map<String, Optional<Sentra>> sentraByCode) {
		Long givenId = row.whole("id");
		String regencyCode = row.text("regencyCode");
		Long sentraId = sentra(row, regencyCode, sentraByCode);
		IkmInput input = new IkmInput(row.text("nib"), row.text("name"), row.text("ownerName"),
				row.text("ownerGender"), row.text("address"), regencyCode, sentraId, row.text("kind"),
				row.codes("techniques"), row.codes("categories"), row.codes("dyes"), row.integer("workersMale"),
				row.integer("workersFemale"), row.integer("capacityPerMonth"), row.whole("investmentIdr"),
				row.year("yearFounded"), row.text("phone"), row.text("email"));
		IkmDetails details = null;
		try {
			details = IkmRules.check(input);
		}
		catch (InvalidInputException e) {
			row.add(e.violations());
		}
		if (details != null && !actor.isAdmin() && !actor.isOfficerOf(Regency.provinceOf(details.regencyCode()))) {
			row.add("regencyCode", "import.scope.province", Regency.provinceOf(details.regencyCode()));
		}
		if (details == null || row.any()) {
			return Checked.invalid(input.nib(), row);
		}
		return new Valid(input, details, row, givenId);
	}

	/**
	 * Which IKM the row is: the one with its Canting id when the row has one (an exported file), else
	 * the one holding its NIB; none means a new IKM. A row whose id and NIB name different businesses
	 * — an exported row copied to add a new business, with the new NIB and name typed over it — is an
	 * error: it must never overwrite the business its id names.
	 */
	private Checked compareWithRegistry(Actor actor, Valid valid, Map<String, IkmId> idsByNib) {
		IkmDetails details = valid.details();
		SheetRow row = valid.row();
		Long givenId = valid.givenId();
		var byNib = Optional.ofNullable(details.nib() == null ? null : idsByNib.get(details.nib()));
		if (givenId != null && byNib.isPresent() && byNib.get().value() != givenId) {
			row.add("nib", "import.identity.nib-elsewhere", details.nib(), byNib.get().value(), givenId);
			return Checked.invalid(details.nib(), row);
		}
		var existingId = givenId != null ? Optional.of(new IkmId(givenId)) : byNib;
		if (existingId.isEmpty()) {
			return new Checked(RowOutcome.NEW, null, details.nib(), json.writeValueAsString(valid.input()), null,
					List.of());
		}
		Ikm existing;
		try {
			existing = ikms.ikm(actor, existingId.get());
		}
		catch (id.canting.shared.NotFoundException e) {
			row.add("id", "import.id.unknown", existingId.get().value());
			return Checked.invalid(details.nib(), row);
		}
		catch (ForbiddenException e) {
			if (givenId != null) {
				row.add("id", "import.scope.id", givenId);
			}
			else {
				row.add("nib", "import.scope.nib", details.nib());
			}
			return Checked.invalid(details.nib(), row);
		}
		String identityProblem = IkmRowIdentity.problem(existing.details(), existing.verification(), details);
		if (identityProblem != null) {
			row.add("nib", identityProblem, orDash(details.nib()), existing.id().value(), orDash(existing.details().nib()),
					existing.name());
			return Checked.invalid(details.nib(), row);
		}
		List<FieldChange> changes = details.changesFrom(existing.details());
		String changed = changes.stream().map(FieldChange::field).collect(Collectors.joining(", "));
		return new Checked(changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED, existingId.get().value(),
				details.nib() != null ? details.nib() : "#" + existingId.get().value(),
				json.writeValueAsString(valid.input()), changed, List.of());
	}

	private static String orDash(String value) {
		return value == null ? "\u2013" : value;
	}

	private Long sentra(SheetRow row, String regencyCode, Map<String, Optional<Sentra>> byCode) {
		String code = row.text("sentraCode");
		if (code == null) {
			return null;
		}
		Optional<Sentra> sentra = byCode.computeIfAbsent(code, c -> sentras.findByCode(c).map(sentras::sentra));
		if (sentra.isEmpty()) {
			row.add("sentraCode", "import.sentra.unknown", code);
			return null;
		}
		if (regencyCode != null && !sentra.get().regencyCode().equals(regencyCode)) {
			row.add("sentraCode", "validation.sentra.other-regency", code);
			return null;
		}
		return sentra.get().id().value();
	}

	@Override
	public void commit(Actor actor, StoredRow row) {
		commitAll(actor, List.of(row));
	}

	/** Updates go through the aggregate one by one; new IKM go in as one bulk registration per batch. */
	@Override
	public void commitAll(Actor actor, List<StoredRow> rows) {
		List<IkmInput> added = new ArrayList<>();
		for (StoredRow row : rows) {
			IkmInput input = json.readValue(row.input(), IkmInput.class);
			if (row.outcome() == RowOutcome.NEW) {
				added.add(input);
			}
			else if (row.outcome() == RowOutcome.UPDATED) {
				IkmId id = new IkmId(row.recordId());
				ikms.update(actor, id, ikms.ikm(actor, id).version(), input);
			}
		}
		if (!added.isEmpty()) {
			// the committer runs every batch in one transaction: the tally is written once, at its end
			bulk.registerBatch(actor, added);
		}
	}


}
