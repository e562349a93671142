package org.marsad.server;

/** A request the API refuses: an HTTP status (4xx) and a message naming the problem. */
final class ApiError extends RuntimeException {
  final int status;

  ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }
}
