package id.canting.trade.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.trade.internal.ExportFilter;
import id.canting.trade.ExportRecordId;
import id.canting.trade.TradeManagement;
import id.canting.trade.internal.TradeQueries;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Export records for other systems: {@code /api/v1/trade/exports}, filtered by {@code from},
 * {@code to} (months), {@code hsCode}, {@code country} and {@code basket} as the dashboard's figures
 * are, so a figure's records can be listed with the same parameters.
 */
@RestController
@Tag(name = "Export records", description = "Monthly export records per HS code and destination")
@RequestMapping("/api/v1/trade/exports")
class ExportApiController {

	private final TradeManagement trade;
	private final TradeQueries queries;

	ExportApiController(TradeManagement trade, TradeQueries queries) {
		this.trade = trade;
		this.queries = queries;
	}

	@GetMapping
	PageResponse<ExportRecordResponse> list(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String hsCode,
			@RequestParam(required = false) String country, @RequestParam(required = false) String basket,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Actor actor, Locale locale) {
		ExportFilter filter = ExportFilter.of(from, to, hsCode, country, basket);
		PageRequest request = PageRequest.of(page, size, sort, TradeQueries.SORTS.keySet(), "month");
		return queries.exports(actor, filter, request).map(row -> ExportRecordResponse.of(row, locale));
	}

	@GetMapping("/{id}")
	ExportRecordResponse get(@PathVariable long id, Actor actor, Locale locale) {
		return ExportRecordResponse.of(trade.exportRecord(actor, new ExportRecordId(id)), locale);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ExportRecordResponse> create(@RequestBody ExportRecordRequest request, Actor actor, Locale locale) {
		ExportRecordResponse created = ExportRecordResponse.of(trade.record(actor, request.toInput()), locale);
		return ResponseEntity.created(URI.create("/api/v1/trade/exports/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	ExportRecordResponse update(@PathVariable long id, @RequestBody ExportRecordRequest request, Actor actor,
			Locale locale) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return ExportRecordResponse.of(trade.update(actor, new ExportRecordId(id), request.version(),
				request.toInput()), locale);
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id, Actor actor) {
		trade.delete(actor, new ExportRecordId(id));
		return ResponseEntity.noContent().build();
	}
}
