package id.canting.trade;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.RuleRefusedException;
import id.canting.trade.internal.DuplicateExportRecordException;
import id.canting.trade.internal.ExportRecordNotFoundException;
import id.canting.trade.internal.ExportRecordRepository;
import id.canting.trade.internal.ProductBasketDetails;
import id.canting.trade.internal.ProductBasketInput;
import id.canting.trade.internal.ProductBasketRepository;
import id.canting.trade.internal.TradeAccess;

/**
 * Records and corrects export records and defines product baskets. Changes are for ministry staff
 * (ADMIN); every signed-in person may read. Every change is checked by {@link TradeRules} and
 * published as an event ({@link ExportRecordRecorded}, {@link ExportRecordUpdated},
 * {@link ExportRecordDeleted}, {@link ProductBasketCreated}, {@link ProductBasketUpdated}), which the
 * audit trail records in the same transaction.
 */
@Service
@Transactional
public class TradeManagement {

	private final ExportRecordRepository records;
	private final ProductBasketRepository baskets;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TradeManagement(ExportRecordRepository records, ProductBasketRepository baskets, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.baskets = baskets;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records one export record (the API, the form and bulk imports call this).
	 *
	 * @throws id.canting.shared.InvalidInputException naming each broken field rule
	 * @throws DuplicateExportRecordException when the same month, HS code, destination and source is recorded already
	 */
	public ExportRecord record(Actor actor, ExportRecordInput input) {
		TradeAccess.requireAdmin(actor);
		ExportRecordDetails details = TradeRules.check(input);
		requireUnique(details, null);
		ExportRecord record = records.save(ExportRecord.record(details, clock.instant()));
		events.publishEvent(new ExportRecordRecorded(record.id(), details.month().toString(), details.hsCode(),
				details.countryCode(), details.valueUsd(), details.source(), actor.username()));
		return record;
	}

	/** Corrects an export record; refused when the client's version is stale. */
	public ExportRecord update(Actor actor, ExportRecordId id, int expectedVersion, ExportRecordInput input) {
		TradeAccess.requireAdmin(actor);
		ExportRecord record = find(id);
		if (record.version() != expectedVersion) {
			throw new ConflictException("problem.stale-version");
		}
		ExportRecordDetails details = TradeRules.check(input);
		requireUnique(details, id);
		record.update(details, actor.username(), clock.instant());
		return records.save(record);
	}

	/** Deletes an export record (e.g. recorded twice under different sources by mistake). */
	public void delete(Actor actor, ExportRecordId id) {
		TradeAccess.requireAdmin(actor);
		ExportRecord record = find(id);
		records.delete(record);
		ExportRecordDetails d = record.details();
		events.publishEvent(new ExportRecordDeleted(id,
				d.month() + " " + d.hsCode() + " " + d.countryCode() + " " + d.source(), actor.username()));
	}

	/** One export record. */
	@Transactional(readOnly = true)
	public ExportRecord exportRecord(Actor actor, ExportRecordId id) {
		TradeAccess.requireReader(actor);
		return find(id);
	}

	/**
	 * The record an import row would replace: same month, HS code (dots allowed), destination and
	 * source. Empty when there is none or the key is not valid.
	 */
	@Transactional(readOnly = true)
	public Optional<ExportRecordId> findExisting(YearMonth month, String hsCode, String countryCode, String source) {
		String code = TradeRules.normaliseHsCode(hsCode);
		if (month == null || code == null || countryCode == null || source == null) {
			return Optional.empty();
		}
		return records.findIdByKey(month.atDay(1), code, countryCode.strip().toUpperCase(Locale.ROOT),
				source.strip()).map(ExportRecordId::new);
	}

	/** Creates a product basket; when it is the default, the previous default stops being it. */
	public ProductBasket createBasket(Actor actor, ProductBasketInput input) {
		TradeAccess.requireAdmin(actor);
		ProductBasketDetails details = TradeRules.check(input);
		baskets.findIdByCode(details.code()).ifPresent(other -> {
			throw new ConflictException("trade.basket.duplicate", details.code());
		});
		Instant now = clock.instant();
		if (details.defaultBasket()) {
			clearDefault(actor, null, now);
		}
		ProductBasket basket = baskets.save(ProductBasket.create(details, now));
		events.publishEvent(new ProductBasketCreated(basket.code(), basket.id(), actor.username()));
		return basket;
	}

	/**
	 * Changes a basket's names, definition, source, HS codes or default flag; its code stays. The
	 * default basket cannot stop being the default except by another becoming it.
	 */
	public ProductBasket updateBasket(Actor actor, String code, int expectedVersion, ProductBasketInput input) {
		TradeAccess.requireAdmin(actor);
		ProductBasket basket = basketByCode(code);
		if (basket.version() != expectedVersion) {
			throw new ConflictException("problem.stale-version");
		}
		ProductBasketDetails details = TradeRules.check(input);
		if (!details.code().equals(basket.code())) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("code", "validation.basket-code.fixed", basket.code())));
		}
		if (basket.isDefault() && !details.defaultBasket()) {
			throw new RuleRefusedException("trade.basket.default-required");
		}
		Instant now = clock.instant();
		if (details.defaultBasket() && !basket.isDefault()) {
			clearDefault(actor, basket.id(), now);
		}
		basket.update(details, actor.username(), now);
		return baskets.save(basket);
	}

	/** Every basket, the default first. */
	@Transactional(readOnly = true)
	public List<ProductBasket> baskets(Actor actor) {
		TradeAccess.requireReader(actor);
		return allBaskets();
	}

	/** The basket with this code (case-insensitive). */
	@Transactional(readOnly = true)
	public ProductBasket basket(Actor actor, String code) {
		TradeAccess.requireReader(actor);
		return basketByCode(code);
	}

	/** The default basket of published figures, if any basket is defined. */
	@Transactional(readOnly = true)
	public Optional<ProductBasket> defaultBasket() {
		return baskets.findDefaultIds().stream().findFirst().flatMap(baskets::findById);
	}

	List<ProductBasket> allBaskets() {
		return baskets.findAllIdsInOrder().stream().map(id -> baskets.findById(id).orElseThrow()).toList();
	}

	ProductBasket basketByCode(String code) {
		String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		return baskets.findIdByCode(key).flatMap(baskets::findById)
			.orElseThrow(() -> new ProductBasketNotFoundException(key));
	}

	private void clearDefault(Actor actor, Long except, Instant now) {
		for (Long id : baskets.findDefaultIds()) {
			if (!id.equals(except)) {
				ProductBasket other = baskets.findById(id).orElseThrow();
				other.stopBeingDefault(actor.username(), now);
				baskets.save(other);
			}
		}
	}

	private ExportRecord find(ExportRecordId id) {
		return records.findById(id.value()).orElseThrow(() -> new ExportRecordNotFoundException(id));
	}

	private void requireUnique(ExportRecordDetails details, ExportRecordId self) {
		records.findIdByKey(details.month().atDay(1), details.hsCode(), details.countryCode(), details.source())
			.filter(other -> self == null || other != self.value())
			.ifPresent(other -> {
				throw new DuplicateExportRecordException(other);
			});
	}
}
