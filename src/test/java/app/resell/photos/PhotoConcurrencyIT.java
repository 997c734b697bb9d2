package app.resell.photos;

import static app.resell.photos.PhotoClient.jpeg;
import static org.assertj.core.api.Assertions.assertThat;

import app.resell.testing.Api;
import app.resell.testing.ResellIT;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Uploads to one item at the same time take turns: every photo gets its own position. */
@ResellIT
class PhotoConcurrencyIT {

  @Test
  void simultaneousUploadsToOneItemGetDistinctPositions(Api api) {
    PhotoClient photos = new PhotoClient(api);
    String lot = photos.newItem("Busy item");
    api.token("staff"); // signed in before the race, not during it
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<Integer>> uploads = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        byte[] image = TestImages.encode(TestImages.quadrants(40 + i, 20), "jpg");
        uploads.add(
            CompletableFuture.supplyAsync(
                () -> photos.upload("staff", lot, jpeg(image), jpeg(image)).statusCode(), pool));
      }
      assertThat(uploads.stream().map(CompletableFuture::join)).containsOnly(201);
    } finally {
      pool.shutdown();
    }
    assertThat(photos.list(lot).getList("position", Integer.class))
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }
}
