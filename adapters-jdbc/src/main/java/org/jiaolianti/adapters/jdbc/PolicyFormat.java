package org.jiaolianti.adapters.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.jiaolianti.domain.policy.Policy;

/**
 * How a district's active policy is stored: as text in a format that reads back into an equal
 * {@link Policy}. The seeds module's format is the natural choice (the policy is kept exactly as the
 * seed that defines it): {@code PolicyFormat.of(PolicySeedWriter::write, PolicySeedLoader::parse…)};
 * the composition root wires it so that this adapter does not depend on the seeds module.
 */
public interface PolicyFormat {

  String write(Policy policy);

  Policy read(String text);

  static PolicyFormat of(Function<Policy, String> write, Function<String, Policy> read) {
    requireNonNull(write, "write");
    requireNonNull(read, "read");
    return new PolicyFormat() {
      @Override
      public String write(Policy policy) {
        return write.apply(policy);
      }

      @Override
      public Policy read(String text) {
        return read.apply(text);
      }
    };
  }
}
