package id.canting.trade.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

import id.canting.trade.ExportRecord;

public interface ExportRecordRepository extends CrudRepository<ExportRecord, Long> {

	@Query("select id from export_record where month_start = :monthStart and hs_code = :hsCode"
			+ " and country_code = :countryCode and source = :source")
	Optional<Long> findIdByKey(LocalDate monthStart, String hsCode, String countryCode, String source);
}
