package io.github.aggregatorsdk.classpass.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Walking a whole listing page by page, as the SDK reads the host's repositories. */
class PageTest {

  private final List<Integer> asked = new ArrayList<>();

  private Function<PageRequest, Page<Integer>> listingOf(int items) {
    List<Integer> all = IntStream.rangeClosed(1, items).boxed().toList();
    return request -> {
      asked.add(request.page());
      return Page.of(all, request);
    };
  }

  @Test
  void everyItemIsReadOnceInOrderAndNoPagePastTheLast() {
    assertThat(Page.all(listingOf(25), PageRequest.first(10))).containsExactlyElementsOf(
        IntStream.rangeClosed(1, 25).boxed().toList());
    assertThat(asked).containsExactly(1, 2, 3);
  }

  @Test
  void anEmptyListingIsOnePageAsked() {
    assertThat(Page.all(listingOf(0), PageRequest.first(10))).isEmpty();
    assertThat(asked).containsExactly(1);
  }

  @Test
  void stoppingEarlyFetchesNoFurtherPage() {
    assertThat(Page.all(listingOf(100), PageRequest.first(10)).filter(i -> i == 12).findFirst())
        .contains(12);
    assertThat(asked).containsExactly(1, 2);
  }

  @Test
  void aPageThatComesBackEmptyEndsTheWalkEvenWhenTheTotalSaysMore() {
    Function<PageRequest, Page<Integer>> shrinking = request -> {
      asked.add(request.page());
      return request.page() == 1
          ? new Page<>(List.of(1, 2), 50, request) : new Page<>(List.of(), 50, request);
    };

    assertThat(Page.all(shrinking, PageRequest.first(2))).containsExactly(1, 2);
    assertThat(asked).containsExactly(1, 2);
  }
}
