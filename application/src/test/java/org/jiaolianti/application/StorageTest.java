package org.jiaolianti.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import org.jiaolianti.application.inmemory.InMemoryStorage;
import org.jiaolianti.application.organization.port.out.Partners;
import org.jiaolianti.application.organization.port.out.Towns;
import org.junit.jupiter.api.Test;

class StorageTest {

  @Test
  void withReplacesExactlyOnePortAndKeepsTheOthers() throws Exception {
    Storage memory = InMemoryStorage.create();
    Partners other = InMemoryStorage.create().partners();

    Storage replaced = memory.with(Partners.class, other);

    assertThat(replaced.partners()).isSameAs(other).isNotSameAs(memory.partners());
    for (RecordComponent c : Storage.class.getRecordComponents()) {
      if (c.getType() != Partners.class) {
        assertThat(c.getAccessor().invoke(replaced)).as(c.getName()).isSameAs(c.getAccessor().invoke(memory));
      }
    }
  }

  @Test
  void withRefusesATypeThatIsNotAPortAndANullAdapter() {
    Storage memory = InMemoryStorage.create();
    assertThatThrownBy(() -> memory.with(String.class, "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> memory.with(Towns.class, null)).isInstanceOf(NullPointerException.class);
  }
}
