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
import id.canting.imports.internal.CellValues;
import id.canting.imports.internal.RegencyNames;
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
	private final RegencyNames regencies;
	private final JsonMapper json;

	IkmImportRows(IkmManagement ikms, IkmBulkRegistration bulk, SentraManagement sentras, RegencyNames regencies,
			JsonMapper json) {
		this.ikms = ikms;
		this.bulk = bulk;
		this.sentras = sentras;
		this.regencies = regencies;
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
			case NIB, SENTRA, PHONE ->
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
	public Checked check(Actor actor, int rowNumber, Map<String, String> cells, String language) {
		return checkAll(actor, List.of(new Row(rowNumber, cells)), language).get(0);
	}

	/**
	 * The field rules row by row, then one NIB lookup for the whole batch, then each valid row compared
	 * with the IKM it names. Sentra are looked up once per batch.
	 */
	@Override
	public List<Checked> checkAll(Actor actor, List<Row> rows, String language) {
		Map<String, Optional<Sentra>> sentraByCode = new HashMap<>();
		List<Object> ruled = new ArrayList<>(rows.size());
		List<String> nibs = new ArrayList<>();
		for (Row row : rows) {
			Object result = rules(actor, row, language, sentraByCode);
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
	private record Valid(IkmInput input, IkmDetails details, RowErrors errors, String idCell) {
	}

	/** The row as a {@link Valid} when it passes the rules, else its {@link Checked} INVALID outcome. */
	private Object rules(Actor actor, Row row, String language, Map<String, Optional<Sentra>> sentraByCode) {
		Map<String, String> cells = row.cells();
		RowErrors errors = new RowErrors(row.number(), cells, columns(), language);
		String regencyCode = regency(cells.get("regencyCode"), errors);
		Long sentraId = sentra(cells.get("sentraCode"), regencyCode, errors, sentraByCode);
		IkmInput input = new IkmInput(CellValues.text(cells.get("nib")), CellValues.text(cells.get("name")),
				CellValues.text(cells.get("ownerName")), CellValues.text(cells.get("ownerGender")),
				CellValues.text(cells.get("address")), regencyCode, sentraId, CellValues.text(cells.get("kind")),
				CellValues.list(cells.get("techniques")), CellValues.list(cells.get("categories")),
				CellValues.list(cells.get("dyes")), errors.integer("workersMale"), errors.integer("workersFemale"),
				errors.integer("capacityPerMonth"), errors.whole("investmentIdr"), errors.integer("yearFounded"),
				CellValues.text(cells.get("phone")), CellValues.text(cells.get("email")));
		IkmDetails details = null;
		try {
			details = IkmRules.check(input);
		}
		catch (InvalidInputException e) {
			errors.add(e.violations());
		}
		if (details != null && !actor.isAdmin() && !actor.isOfficerOf(Regency.provinceOf(details.regencyCode()))) {
			errors.add("regencyCode", "import.scope.province", Regency.provinceOf(details.regencyCode()));
		}
		if (details == null || errors.any()) {
			return new Checked(RowOutcome.INVALID, null, input.nib(), null, null, errors.list());
		}
		return new Valid(input, details, errors, cells.get("id"));
	}

	/**
	 * Which IKM the row is: the one with its Canting id when the row has one (an exported file), else
	 * the one holding its NIB; none means a new IKM.
	 */
	private Checked compareWithRegistry(Actor actor, Valid row, Map<String, IkmId> idsByNib) {
		IkmDetails details = row.details();
		RowErrors errors = row.errors();
		Long givenId;
		try {
			givenId = CellValues.whole(row.idCell());
		}
		catch (NumberFormatException e) {
			errors.add("id", "import.cell.number");
			return new Checked(RowOutcome.INVALID, null, details.nib(), null, null, errors.list());
		}
		var byNib = Optional.ofNullable(details.nib() == null ? null : idsByNib.get(details.nib()));
		if (givenId != null && byNib.isPresent() && byNib.get().value() != givenId) {
			errors.add("nib", "ikm.duplicate-nib", details.nib(), byNib.get().value());
			return new Checked(RowOutcome.INVALID, null, details.nib(), null, null, errors.list());
		}
		var existingId = givenId != null ? Optional.of(new IkmId(givenId)) : byNib;
		if (existingId.isEmpty()) {
			return new Checked(RowOutcome.NEW, null, details.nib(), json.writeValueAsString(row.input()), null,
					List.of());
		}
		Ikm existing;
		try {
			existing = ikms.ikm(actor, existingId.get());
		}
		catch (id.canting.shared.NotFoundException e) {
			errors.add("id", "import.id.unknown", existingId.get().value());
			return new Checked(RowOutcome.INVALID, null, details.nib(), null, null, errors.list());
		}
		catch (ForbiddenException e) {
			errors.add("nib", "import.scope.nib", details.nib());
			return new Checked(RowOutcome.INVALID, null, details.nib(), null, null, errors.list());
		}
		List<FieldChange> changes = details.changesFrom(existing.details());
		String changed = changes.stream().map(FieldChange::field).collect(Collectors.joining(", "));
		return new Checked(changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED, existingId.get().value(),
				details.nib() != null ? details.nib() : "#" + existingId.get().value(),
				json.writeValueAsString(row.input()), changed, List.of());
	}

	private String regency(String cell, RowErrors errors) {
		String text = CellValues.text(cell);
		if (text == null) {
			return null;
		}
		Object resolved = regencies.resolve(text);
		if (resolved instanceof RegencyNames.Unresolved unresolved) {
			errors.add("regencyCode", unresolved.messageKey(), text);
			return null;
		}
		return (String) resolved;
	}

	private Long sentra(String cell, String regencyCode, RowErrors errors, Map<String, Optional<Sentra>> byCode) {
		String code = CellValues.text(cell);
		if (code == null) {
			return null;
		}
		Optional<Sentra> sentra = byCode.computeIfAbsent(code, c -> sentras.findByCode(c).map(sentras::sentra));
		if (sentra.isEmpty()) {
			errors.add("sentraCode", "import.sentra.unknown", code);
			return null;
		}
		if (regencyCode != null && !sentra.get().regencyCode().equals(regencyCode)) {
			errors.add("sentraCode", "validation.sentra.other-regency", code);
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
