package com.tailorjob.adapters.persistence.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Builds the synchronous S3 client that {@link S3StorageSettings} describe. */
final class S3Clients {

  private S3Clients() {}

  static S3Client build(S3StorageSettings settings) {
    S3ClientBuilder builder = S3Client.builder()
        .region(Region.of(settings.region()))
        .credentialsProvider(credentials(settings))
        .forcePathStyle(settings.pathStyleAccess())
        .requestChecksumCalculation(settings.requestChecksumCalculation().forRequests())
        .responseChecksumValidation(settings.responseChecksumValidation().forResponses())
        .httpClientBuilder(Apache5HttpClient.builder()
            .connectionTimeout(settings.connectionTimeout())
            .socketTimeout(settings.socketTimeout()))
        .overrideConfiguration(ClientOverrideConfiguration.builder()
            .apiCallTimeout(settings.callTimeout())
            .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(settings.maxAttempts())
                .build())
            .build());
    settings.endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(S3StorageSettings settings) {
    return settings.accessKey()
        .<AwsCredentialsProvider>map(key -> StaticCredentialsProvider.create(
            AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
        .orElseGet(() -> DefaultCredentialsProvider.builder().build());
  }
}
