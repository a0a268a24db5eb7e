package dev.awsmcp.core.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small hand-written Smithy JSON AST models that exercise one trait each. */
final class SmithyTestModels {
  private SmithyTestModels() {}

  /** A restJson1 service: HTTP bindings, resources, mixins, prelude targets, name clashes. */
  static final String WEATHER = """
      {
        "smithy": "2.0",
        "shapes": {
          "example.weather#Weather": {
            "type": "service",
            "version": "2024-01-01",
            "operations": [{"target": "example.weather#Ping"}, {"target": "example.weather#Subscribe"}],
            "resources": [{"target": "example.weather#City"}],
            "traits": {
              "aws.api#service": {"sdkId": "Weather Forecast", "endpointPrefix": "weather", "arnNamespace": "wx"},
              "aws.auth#sigv4": {"name": "weather-signing"},
              "aws.protocols#restJson1": {},
              "smithy.api#title": "Example Weather Service",
              "smithy.api#documentation": "Forecasts.",
              "smithy.api#paginated": {"inputToken": "nextToken", "outputToken": "nextToken", "pageSize": "pageSize"},
              "smithy.rules#clientContextParams": {"Accelerate": {"type": "boolean", "documentation": "Go fast."}},
              "smithy.rules#endpointRuleSet": {"version": "1.0", "parameters": {}, "rules": []},
              "smithy.rules#endpointTests": {"testCases": []}
            }
          },
          "example.weather#City": {
            "type": "resource",
            "identifiers": {"cityId": {"target": "example.weather#CityId"}},
            "read": {"target": "example.weather#GetCity"},
            "list": {"target": "example.weather#ListCities"},
            "resources": [{"target": "example.weather#Forecast"}]
          },
          "example.weather#Forecast": {
            "type": "resource",
            "operations": [{"target": "example.weather#PutForecast"}]
          },
          "example.weather#Ping": {
            "type": "operation",
            "input": {"target": "smithy.api#Unit"},
            "output": {"target": "smithy.api#Unit"},
            "traits": {"smithy.api#http": {"method": "GET", "uri": "/ping"}, "smithy.api#auth": []}
          },
          "example.weather#GetCity": {
            "type": "operation",
            "input": {"target": "example.weather#GetCityInput"},
            "output": {"target": "example.weather#GetCityOutput"},
            "errors": [{"target": "example.weather#NoSuchCity"}],
            "traits": {
              "smithy.api#http": {"method": "GET", "uri": "/cities/{cityId}", "code": 200},
              "smithy.api#readonly": {},
              "smithy.waiters#waitable": {
                "CityReady": {
                  "minDelay": 5, "maxDelay": 60, "documentation": "Waits for the city.",
                  "acceptors": [
                    {"state": "success", "matcher": {"output": {"path": "kind", "expected": "BIG", "comparator": "stringEquals"}}},
                    {"state": "success", "matcher": {"output": {"path": "tags[].name", "expected": "x", "comparator": "allStringEquals"}}},
                    {"state": "retry", "matcher": {"errorType": "NoSuchCity"}},
                    {"state": "failure", "matcher": {"success": false}},
                    {"state": "success", "matcher": {"inputOutput": {"path": "input.cityId == output.name", "expected": "true", "comparator": "booleanEquals"}}}
                  ]
                }
              }
            }
          },
          "example.weather#GetCityInput": {
            "type": "structure",
            "members": {
              "cityId": {"target": "example.weather#CityId", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}},
              "lang": {"target": "smithy.api#String", "traits": {"smithy.api#httpQuery": "language"}},
              "token": {"target": "example.weather#Token", "traits": {"smithy.api#httpHeader": "X-Token"}},
              "meta": {"target": "example.weather#MetaMap", "traits": {"smithy.api#httpPrefixHeaders": "X-Meta-"}},
              "filters": {"target": "example.weather#MetaMap", "traits": {"smithy.api#httpQueryParams": {}}}
            },
            "traits": {"smithy.api#input": {}}
          },
          "example.weather#GetCityOutput": {
            "type": "structure",
            "members": {
              "name": {"target": "smithy.api#String", "traits": {"smithy.api#jsonName": "cityName"}},
              "status": {"target": "smithy.api#Integer", "traits": {"smithy.api#httpResponseCode": {}}},
              "created": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#timestampFormat": "epoch-seconds"}},
              "kind": {"target": "example.weather#Kind"},
              "level": {"target": "example.weather#Level"},
              "details": {"target": "smithy.api#Document"},
              "coords": {"target": "example.weather#Coords"},
              "where": {"target": "example.weather#Location"},
              "tags": {"target": "example.weather#TagList"},
              "otherTag": {"target": "other.ns#Tag"},
              "label": {"target": "example.weather#String"},
              "policy": {"target": "example.weather#PolicyDocument"}
            }
          },
          "example.weather#ListCities": {
            "type": "operation",
            "input": {"target": "example.weather#ListCitiesInput"},
            "output": {"target": "example.weather#ListCitiesOutput"},
            "traits": {"smithy.api#http": {"method": "GET", "uri": "/cities"}, "smithy.api#readonly": {}, "smithy.api#paginated": {"items": "cities"}}
          },
          "example.weather#ListCitiesInput": {
            "type": "structure",
            "members": {
              "nextToken": {"target": "smithy.api#String", "traits": {"smithy.api#httpQuery": "nextToken"}},
              "pageSize": {"target": "smithy.api#Integer", "traits": {"smithy.api#httpQuery": "pageSize", "smithy.api#range": {"min": 1, "max": 50}}}
            }
          },
          "example.weather#ListCitiesOutput": {
            "type": "structure",
            "members": {
              "cities": {"target": "example.weather#CityList"},
              "nextToken": {"target": "smithy.api#String"}
            }
          },
          "example.weather#PutForecast": {
            "type": "operation",
            "input": {"target": "example.weather#PutForecastInput"},
            "traits": {
              "smithy.api#http": {"method": "PUT", "uri": "/cities/{cityId}/forecast", "code": 204},
              "smithy.api#endpoint": {"hostPrefix": "{cityId}.data."},
              "smithy.api#idempotent": {},
              "smithy.api#httpChecksumRequired": {},
              "aws.protocols#httpChecksum": {"requestAlgorithmMember": "algorithm", "requestChecksumRequired": true},
              "smithy.rules#staticContextParams": {"UseData": {"value": true}},
              "smithy.api#deprecated": {}
            }
          },
          "example.weather#PutForecastInput": {
            "type": "structure",
            "members": {
              "cityId": {"target": "example.weather#CityId", "traits": {"smithy.api#httpLabel": {}, "smithy.api#hostLabel": {}, "smithy.api#required": {}, "smithy.rules#contextParam": {"name": "City"}}},
              "clientToken": {"target": "smithy.api#String", "traits": {"smithy.api#idempotencyToken": {}, "smithy.api#httpHeader": "X-Client-Token"}},
              "algorithm": {"target": "smithy.api#String", "traits": {"smithy.api#httpHeader": "X-Algorithm"}},
              "body": {"target": "example.weather#Body", "traits": {"smithy.api#httpPayload": {}}}
            }
          },
          "example.weather#Subscribe": {
            "type": "operation",
            "input": {"target": "smithy.api#Unit"},
            "output": {"target": "example.weather#SubscribeOutput"},
            "traits": {"smithy.api#http": {"method": "POST", "uri": "/subscribe"}}
          },
          "example.weather#SubscribeOutput": {
            "type": "structure",
            "members": {"events": {"target": "example.weather#Events", "traits": {"smithy.api#httpPayload": {}}}}
          },
          "example.weather#Events": {
            "type": "union",
            "members": {"update": {"target": "example.weather#UpdateEvent"}},
            "traits": {"smithy.api#streaming": {}}
          },
          "example.weather#UpdateEvent": {
            "type": "structure",
            "members": {"data": {"target": "smithy.api#Blob", "traits": {"smithy.api#eventPayload": {}}}}
          },
          "example.weather#NoSuchCity": {
            "type": "structure",
            "members": {"message": {"target": "smithy.api#String"}},
            "traits": {"smithy.api#error": "client", "smithy.api#httpError": 404}
          },
          "example.weather#CityId": {
            "type": "string",
            "traits": {"smithy.api#length": {"min": 1, "max": 64}, "smithy.api#pattern": "^[A-Za-z0-9 ]+$"}
          },
          "example.weather#Token": {"type": "string", "traits": {"smithy.api#sensitive": {}}},
          "example.weather#MetaMap": {
            "type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "smithy.api#String"}
          },
          "example.weather#Kind": {
            "type": "enum",
            "members": {
              "BIG": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "big"}},
              "SMALL": {"target": "smithy.api#Unit"}
            }
          },
          "example.weather#Level": {
            "type": "intEnum",
            "members": {
              "LOW": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": 1}},
              "HIGH": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": 9}}
            }
          },
          "example.weather#HasLatitude": {
            "type": "structure",
            "members": {"lat": {"target": "smithy.api#Double", "traits": {"smithy.api#required": {}}}},
            "traits": {"smithy.api#mixin": {}, "smithy.api#documentation": "A place."}
          },
          "example.weather#Coords": {
            "type": "structure",
            "mixins": [{"target": "example.weather#HasLatitude"}],
            "members": {
              "lat": {"target": "smithy.api#Double", "traits": {"smithy.api#documentation": "North."}},
              "lon": {"target": "smithy.api#PrimitiveDouble"}
            }
          },
          "example.weather#Location": {
            "type": "union",
            "members": {"city": {"target": "example.weather#CityId"}, "nowhere": {"target": "smithy.api#Unit"}}
          },
          "example.weather#TagList": {"type": "list", "member": {"target": "example.weather#Tag"}},
          "example.weather#CityList": {"type": "list", "member": {"target": "example.weather#CityId"}},
          "example.weather#Tag": {"type": "structure", "members": {"name": {"target": "smithy.api#String"}}},
          "other.ns#Tag": {"type": "structure", "members": {"id": {"target": "smithy.api#Long"}}},
          "example.weather#String": {"type": "string", "traits": {"smithy.api#length": {"max": 10}}},
          "example.weather#PolicyDocument": {"type": "string", "traits": {"smithy.api#mediaType": "application/json"}},
          "example.weather#Body": {"type": "blob", "traits": {"smithy.api#streaming": {}, "smithy.api#requiresLength": {}}}
        }
      }
      """;

  /**
   * A small XML-family service; {@code PROTOCOL} is replaced by the protocol trait id. Member
   * names follow @xmlName on the XML protocols and @ec2QueryName on ec2Query.
   */
  static final String STORE = """
      {
        "smithy": "2.0",
        "shapes": {
          "example.store#Store": {
            "type": "service",
            "version": "2020-02-02",
            "operations": [{"target": "example.store#PutItem"}, {"target": "example.store#SetPolicy"}],
            "traits": {
              "aws.api#service": {"sdkId": "Store", "endpointPrefix": "store"},
              "aws.auth#sigv4": {"name": "store"},
              "PROTOCOL": {},
              "smithy.api#xmlNamespace": {"uri": "https://store.example.com/doc/2020-02-02/"}
            }
          },
          "example.store#PutItem": {
            "type": "operation",
            "input": {"target": "example.store#PutItemRequest"},
            "output": {"target": "example.store#PutItemResult"},
            "traits": {"smithy.api#http": {"method": "PUT", "uri": "/items/{id}"}}
          },
          "example.store#PutItemRequest": {
            "type": "structure",
            "members": {
              "id": {"target": "smithy.api#String", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}},
              "name": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "ItemName", "aws.protocols#ec2QueryName": "Name"}},
              "color": {"target": "smithy.api#String", "traits": {"smithy.api#xmlAttribute": {}}},
              "tags": {"target": "example.store#TagList", "traits": {"smithy.api#xmlFlattened": {}}}
            }
          },
          "example.store#PutItemResult": {"type": "structure", "members": {"etag": {"target": "smithy.api#String"}}},
          "example.store#SetPolicy": {
            "type": "operation",
            "input": {"target": "example.store#SetPolicyRequest"},
            "traits": {"smithy.api#http": {"method": "PUT", "uri": "/policy"}}
          },
          "example.store#SetPolicyRequest": {
            "type": "structure",
            "members": {"policy": {"target": "example.store#Policy", "traits": {"smithy.api#httpPayload": {}, "smithy.api#xmlName": "Policy"}}}
          },
          "example.store#Policy": {"type": "structure", "members": {"text": {"target": "smithy.api#String"}}},
          "example.store#TagList": {"type": "list", "member": {"target": "smithy.api#String", "traits": {"smithy.api#xmlName": "Tag"}}}
        }
      }
      """;

  static String store(String protocolTrait) {
    return STORE.replace("\"PROTOCOL\"", "\"" + protocolTrait + "\"");
  }

  /** Writes a model to a file and opens it as a source. */
  static SmithyModelSource source(Path dir, String fileName, String json) {
    try {
      Path file = dir.resolve(fileName);
      Files.writeString(file, json);
      return SmithyModelSource.fromPaths(List.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
