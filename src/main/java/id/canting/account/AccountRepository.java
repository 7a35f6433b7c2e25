package id.canting.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();
}
