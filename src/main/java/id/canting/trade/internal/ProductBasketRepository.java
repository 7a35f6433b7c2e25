package id.canting.trade.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

import id.canting.trade.ProductBasket;

public interface ProductBasketRepository extends CrudRepository<ProductBasket, Long> {

	@Query("select id from product_basket where code = :code")
	Optional<Long> findIdByCode(String code);

	@Query("select id from product_basket where default_basket = true")
	List<Long> findDefaultIds();

	@Query("select id from product_basket order by default_basket desc, code asc")
	List<Long> findAllIdsInOrder();
}
