import type { ReferenceSet } from './types';

/**
 * Spanish reference blocker descriptions, filed by L2 and family (families.ts), each in the playbook's
 * plain register and in FM shorthand (types.ts). Written fresh in Spanish, not translated. A border
 * example sits under its true L2 with the L2 it looks like in a comment.
 */
export const es: ReferenceSet = {
  'customer-it-infrastructure-remediation': {
    'inf.client-os': {
      plain: [
        'El cliente tiene que actualizar Windows en la mayoría de sus computadoras antes de poder instalar las aplicaciones de Microsoft 365.',
        'Buena parte de los puestos sigue usando un navegador antiguo que el servicio ya no admite, y primero hay que cambiarlo.',
        'Parece que la imagen corporativa de Windows 10 aún no está terminada, así que la instalación de Office queda a la espera.',
        'En las tiendas los terminales llevan una versión de Office muy antigua que habrá que retirar antes de pasar a la nube.',
        'Los puestos de la planta usan Windows 10 LTSC, donde las aplicaciones de Microsoft 365 no tienen soporte, y hay que pasarlos a una edición estándar antes; TI tiene gente y presupuesto de sobra.',
      ],
      notes: [
        'Cx aún con Win 7 en ~40% del parque, no arranca Rollout M365 Apps hasta migrar SO',
        'Imagen Win11 sin cerrar, ETA fin de Q3; despliegue de Apps parado',
        'IE11 sigue de navegador x defecto en sucursales, SPO no carga bien → migrar a Edge primero',
        'Office 2016 MSI en todos los equipos, hay q desinstalar antes de C2R',
      ],
    },
    'inf.devices': {
      plain: [
        'Las salas de reuniones tienen equipos de videoconferencia antiguos que habrá que sustituir antes de usar Teams en ellas.',
        'El cliente debe renovar los portátiles del personal de campo porque los actuales no cumplen los requisitos mínimos de hardware.',
        'Los celulares de los operarios todavía no están inscritos en la gestión de dispositivos, y sin eso no se puede seguir.',
        'La centralita de las oficinas centrales es antigua y no está homologada para conectarse con Teams, de modo que el cliente tiene que cambiarla antes de mover la telefonía.',
        'El SBC que tiene instalado el cliente no figura entre los equipos certificados y habrá que sustituirlo por otro modelo antes de activar las llamadas externas.',
        'Los teléfonos de sobremesa de la aseguradora no sirven para el nuevo sistema de voz y el cliente debe renovar todos los terminales antes de continuar.',
        'Las salas de reuniones del bufete tienen cámaras y pantallas de hace años que no están preparadas para las reuniones en línea; hay que renovar ese equipamiento primero.',
        'En la fábrica, los ordenadores de los operarios son demasiado antiguos para usar Teams y el cliente prevé reemplazarlos el próximo trimestre.',
        'Los portátiles del profesorado no cumplen los requisitos mínimos y, probablemente, habrá que sustituirlos antes de que puedan dar las clases en línea.',
        'El ayuntamiento conserva teléfonos analógicos en varias dependencias municipales y tendrá que cambiarlos, o añadir adaptadores, antes de pasar las extensiones a la nube.',
        'Las tabletas de los repartidores son de un modelo que el fabricante ya no actualiza y no se pueden dar de alta en la gestión de dispositivos; el cliente tendrá que renovarlas.',
        'Hay que cambiar los auriculares del centro de atención telefónica, que no están certificados.',
      ],
      notes: [
        'Intune: ~2.000 Android sin enrolar, hay q hacerlo antes de publicar apps',
        'Teams Rooms: 15 salas con hardware legacy, recambio pdte del proveedor, ETA nov',
        'PCs de planta sin TPM 2.0 → no pueden ir a Win11, renovación de equipos primero',
      ],
    },
    'inf.directory': {
      plain: [
        'El cliente tiene varios bosques de Active Directory que deben consolidarse antes de sincronizar las identidades con la nube.',
        'Al parecer la sincronización de directorio da errores con muchas cuentas y hay que corregirlos antes de continuar.',
        'Las cuentas de usuario usan un sufijo de dominio interno que no es enrutable, de modo que hay que cambiarlo antes de migrar.',
        'La identidad híbrida todavía no está montada, por lo que los usuarios no podrían iniciar sesión con sus credenciales de siempre.',
      ],
      notes: [
        'Entra Connect con +3k errores de sync (atributos duplicados), limpieza de AD pdte',
        'Cx sigue federado c/ ADFS 2.0 en un server viejo, quieren pasar a PHS antes de mover buzones',
        'UPN .local en todo el dominio, falta añadir sufijo enrutable antes del piloto',
        '4 dominios AD con trusts raros, identidades duplicadas entre ellos',
      ],
    },
    'inf.merger': {
      plain: [
        'La empresa está en plena fusión y no puede migrar hasta que se unifiquen los directorios de ambas compañías.',
        'Tras la venta de una de sus divisiones, el cliente tiene que separar primero esa parte de su entorno informático.',
        'Como la adquisición aún no ha concluido, las dos redes y los dos directorios siguen por separado y la migración no puede arrancar.',
      ],
      notes: [
        'Fusión con el grupo comprador en curso, 2 AD a consolidar antes de EXO, ETA 2T',
        'Carve-out de la unidad LatAm: hay q partir el AD antes de tocar nada',
        'Adquisición reciente, la filial tiene su propio dominio y correo; integración de entornos primero',
      ],
    },
    'inf.network': {
      plain: [
        'La red del cliente no tiene ancho de banda suficiente para las reuniones de Teams y tendrá que ampliarse.',
        'El proxy corporativo inspecciona todo el tráfico y corta las conexiones con el servicio; habrá que reconfigurarlo.',
        'En varias oficinas regionales la conexión a internet es tan lenta que los usuarios no consiguen sincronizar sus archivos.',
        'Es probable que el cliente tenga que cambiar la configuración de su DNS antes de poder dirigir el correo al nuevo servicio.',
        'Varias tiendas del cliente siguen funcionando con enlaces 4G y la conexión se corta a menudo; antes de pasar las videollamadas a Teams hay que contratar fibra.',
        'En las obras de la constructora solo hay cobertura móvil y no da para sincronizar los planos, así que el cliente tendrá que mejorar el acceso antes de seguir.',
        'La operadora todavía no ha instalado la fibra en la nueva sede y, hasta que lo haga, no tiene sentido que esa oficina empiece a trabajar con los archivos en la nube.',
        'Los centros de salud rurales comparten una línea ADSL muy justa y, al parecer, habrá que ampliar la capacidad contratada antes de desplegar las reuniones en línea.',
        'El cliente reconoce que la salida a Internet de sus almacenes no aguanta el tráfico actual y está negociando con otro operador una conexión más rápida.',
        'En las sucursales la lentitud no viene del servicio sino de las líneas de cada oficina, que el cliente debe aumentar antes de continuar con la migración.',
        'Los colegios de la fundación se conectan por radioenlace y la señal se pierde cuando llueve, por lo que hay que sustituir ese acceso antes de llevar las clases a Teams.',
        'Las plantas de producción siguen sin una conexión estable y el cliente debe mejorarla primero.',
        'El hotel de montaña depende de una conexión por satélite con mucho retardo; mientras el cliente no la cambie, la recepción no podrá atender las llamadas desde la nube.',
        'Los buques de la flota pesquera solo se conectan por satélite, con un retardo que hace imposibles las reuniones, y el cliente está cambiando a una conexión de órbita baja antes de incluir a las tripulaciones.',
      ],
      notes: [
        'VPN full-tunnel satura el concentrador, tráfico M365 sin split tunneling → Teams inusable en remoto',
        'Firewall viejo no soporta las reglas que pide EXO, cambio de equipo planificado para oct',
        'Sucursales con enlace MPLS de 10 Mb, upgrade WAN requerido antes de OD4B',
        'wifi de las naves no da abasto, llamadas Teams se cortan; Cx renovando APs',
        'Proxy hace inspección TLS a los endpoints de M365, Outlook pide credenciales en bucle → excluir o cambiar proxy',
        'CD de Guadalajara sin wifi en la zona de carga, handhelds sin Teams; instalación de APs en curso',
      ],
    },
    'inf.server-upgrade': {
      plain: [
        'El cliente tiene que actualizar sus servidores de Exchange locales a una versión soportada antes de poder migrar los buzones.',
        'La granja de SharePoint está en una versión demasiado antigua para la herramienta de migración y debe actualizarse primero.',
        'Parece que la configuración híbrida quedó a medias y, hasta que se complete, no se puede mover a ningún usuario.',
      ],
      notes: [
        'Exchange 2010 on-prem, necesitan saltar a 2016/2019 para el híbrido, sin fecha',
        'SfB Server 2015 con CU viejo, hay q parchear antes de coexistencia con Teams',
        'Permisos NTFS corruptos en los file servers, remediar antes de mover a SPO',
      ],
    },
    'inf.config': {
      plain: [
        'El cliente tiene una configuración particular en su entorno que no es compatible con el servicio y tendrá que cambiarla.',
        'Las directivas de grupo que se aplican en los equipos bloquean la sincronización de OneDrive y habrá que modificarlas.',
        'El cliente redirige las carpetas de los usuarios a un recurso compartido de red, algo que choca con la sincronización en la nube.',
      ],
      notes: [
        'GPO heredadas bloquean autenticación moderna en Outlook, Cx tiene q limpiarlas',
        'Perfiles móviles (roaming) en todo el parque, incompatibles con KFM de OD4B; rediseño pdte',
        'Cx enruta el correo por un smarthost propio con una config que no cuadra con EXO',
      ],
    },
    'inf.m365-deploy': {
      plain: [
        'El cliente no consigue empaquetar las aplicaciones de Microsoft 365 con su herramienta de distribución y la instalación está parada.',
        'No está claro qué canal de actualización conviene usar y la solución de actualizaciones todavía no está montada.',
        'Los equipos no reciben bien la información del canal de actualización, así que unos se quedan en una versión y otros en otra.',
      ],
      notes: [
        'Paquete ODT falla en SCCM con error 30088, M365 Apps sin desplegar',
        'Intune no empuja las Apps a los equipos co-administrados, revisando workloads',
        'Update solution sin definir (WSUS? Intune? CDN?) → Rollout de Apps en pausa',
        'Cambio de canal no se aplica en ~30% de equipos, siguen en Semi-Annual',
      ],
    },
    'inf.teams-exchange': {
      plain: [
        'El cliente prefiere tener el correo en Exchange Online antes de desplegar Teams.',
        'Teams no puede extenderse todavía porque la integración con el Exchange híbrido no está lista.',
      ],
      notes: [
        'Teams en stand-by hasta terminar migración EXO (80% buzones aún on-prem)',
        'calendario en Teams no funciona x buzones on-prem sin híbrido, Cx espera a EXO',
      ],
    },
    'inf.border': {
      plain: [
        'Los usuarios se quejan de que las llamadas de Teams se entrecortan, pero las pruebas muestran que el problema es el enlace saturado de la propia oficina.', // looks like service-reliability
        'El departamento de TI tiene gente de sobra, pero el cortafuegos actual no admite la configuración necesaria y hay que sustituirlo.', // looks like it-change-management-resourcing
        'El cliente creía que OneDrive no funcionaba en sus equipos, aunque en realidad el sistema operativo de esos equipos está fuera de soporte.', // looks like product-feature-capability
        'La aplicación que falla en las tiendas es el propio Outlook, y la causa es una versión de Windows sin actualizar, no un programa del cliente.', // looks like app-compatibility
        'TI cuenta con personal y formación suficientes; el problema son las tabletas de los inspectores, atascadas en una versión antigua de iPadOS que Intune ya no admite, y hay que renovarlas.', // looks like it-change-management-resourcing
        'No es un problema de recursos: muchos teletrabajadores usan portátiles con Windows Home, que no pueden unirse a Entra ID, y hay que actualizarlos a Pro o cambiarlos.', // looks like it-change-management-resourcing
      ],
      notes: [
        'Cx reporta "Teams lento", el assessment de red muestra pérdida de paquetes en su WAN, no en MS', // looks like service-reliability
        'TI dice q "no puede" abrir puertos: no es política, el firewall no soporta FQDN, hay q cambiarlo', // looks like it-change-management-resourcing
        'Cx pensaba q era bug de SPO, pero es el navegador viejo de las sucursales el q no renderiza', // looks like product-feature-capability
        'No es la app del ERP: Office 2013 en los equipos no autentica contra EXO, upgrade de Office pdte', // looks like app-compatibility
        'No es tema de recursos: TI con presupuesto y gente, pero el FW perimetral está EOL y sin parches → sustitución antes del cutover', // looks like it-change-management-resourcing
      ],
    },
  },
  'it-change-management-resourcing': {
    'itcm.staff': {
      plain: [
        'El equipo de TI es muy pequeño y no tiene tiempo para el proyecto mientras atiende el trabajo del día a día.',
        'La persona que llevaba la administración del entorno dejó la empresa y nadie ha asumido sus tareas.',
        'Los administradores están dedicados a otro proyecto prioritario hasta final de año, de modo que el despliegue espera.',
        'Probablemente el cliente necesite contratar más técnicos, porque con la plantilla actual no llega a todo.',
      ],
      notes: [
        'Único admin de M365 de baja hasta sept., nadie más con permisos ni conocimiento',
        'TI 100% en la migración de SAP hasta Q1, 0 horas para Intune',
        'Cx perdió 2 de 3 sysadmins este trimestre, contratación en curso',
        'Equipo de infra de vacaciones todo agosto, Rollout Teams se retoma en sept',
      ],
    },
    'itcm.budget': {
      plain: [
        'El cliente no tiene presupuesto este año para el proyecto de remediación que exige el despliegue.',
        'La dirección no ha aprobado los fondos para pagar el trabajo técnico previo a la migración.',
        'Según el responsable de sistemas, no hay dinero para renovar la red hasta el próximo ejercicio.',
      ],
      notes: [
        'Sin budget para el proyecto de limpieza de AD hasta FY26',
        'Presupuesto de TI congelado, no se puede pagar la preparación de red',
        'CIO pidió partida extra p/ remediación de equipos, rechazada; todo en pausa',
      ],
    },
    'itcm.skills': {
      plain: [
        'El departamento de TI no tiene experiencia en la arquitectura que requiere el servicio y no se ha planteado contratar a un partner.',
        'Nadie en el equipo técnico sabe configurar la gestión de dispositivos en la nube.',
        'Al parecer los administradores del cliente nunca han trabajado con identidades híbridas y no saben por dónde empezar.',
      ],
      notes: [
        'TI sin conocimiento de Purview (etiquetas, DLP), tampoco quieren partner',
        'Admins de Cx solo saben on-prem, nadie maneja PowerShell de EXO',
        'equipo interno sin skills en Autopilot, piden q FastTrack lo haga todo',
        'TI del Cx no sabe diseñar la gobernanza de Copilot y no ha buscado ayuda externa',
      ],
    },
    'itcm.helpdesk': {
      plain: [
        'El servicio de soporte interno aún no está preparado para atender incidencias de un servicio en la nube.',
        'La mesa de ayuda no sabe cómo escalar los problemas de Teams y el cliente no quiere abrir el servicio hasta resolverlo.',
      ],
      notes: [
        'Helpdesk (tercerizado) sin procedimientos para OD4B, Go-live frenado',
        'Mesa de ayuda N1 sin formación en Intune ni acceso al portal, Cx no libera',
      ],
    },
    'itcm.update-cadence': {
      plain: [
        'El ritmo de actualizaciones mensuales no encaja con el proceso de TI, que certifica cada versión de software durante meses.',
        'TI no tiene un procedimiento para validar las versiones nuevas de Office al ritmo con que llegan, y eso frena el despliegue.',
      ],
      notes: [
        'Canal mensual choca con su ciclo de certificación de 6 meses, TI no sabe cómo gestionarlo',
        'Cx quiere congelar Windows 1 vez al año; su proceso de pruebas no asume feature updates',
      ],
    },
    'itcm.process-break': {
      plain: [
        'Las tareas de mantenimiento del servicio están rompiendo los procesos de supervisión que tiene montados el equipo de TI.',
        'Con el paso a la nube, el procedimiento de gestión de incidencias del cliente ya no sirve y hay que rediseñarlo.',
      ],
      notes: [
        'Alertas de su herramienta de monitorización dejaron de cuadrar tras cambios en EXO, runbooks obsoletos',
        'Runbooks de operación pensados para on-prem, TI tiene q rehacerlos para SPO antes de seguir',
      ],
    },
    'itcm.policy': {
      plain: [
        'La política de uso en casa del cliente prohíbe abrir documentos de la empresa en equipos personales, y habría que revisarla.',
        'El comité de cambios tarda meses en aprobar cualquier modificación y el despliegue está esperando su visto bueno.',
        'El cliente tiene procesos técnicos muy arraigados que su área de sistemas no puede o no quiere modificar.',
      ],
      notes: [
        'CAB mensual rechazó el cambio de MX, próxima ventana en 6 sem',
        'Política de seguridad prohíbe BYOD, hay q redefinirla antes de MAM en Intune',
        'Norma interna de clasificación de datos sin actualizar, CISO no deja subir nada a OD4B',
      ],
    },
    'itcm.allow-lists': {
      plain: [
        'El equipo de redes no consigue mantener al día las listas de direcciones permitidas que necesita el servicio.',
        'Cada vez que cambian los rangos de IP del servicio, TI tarda semanas en actualizar sus reglas.',
      ],
      notes: [
        'Allow list de URLs/IPs de M365 desactualizada, TI la mantiene a mano y se les pasa',
        'Cx sin proceso para revisar los endpoints de O365, el proxy bloquea URLs nuevas cada mes',
      ],
    },
    'itcm.border': {
      plain: [
        'Hace falta formar a alguien, pero no a los usuarios: es el equipo de soporte interno el que no sabe atender las incidencias del nuevo servicio.', // looks like adoption-readiness
        'El cliente no tiene quien haga la configuración técnica: su equipo de TI carece de experiencia y no ha considerado buscar un partner.', // looks like partner-engagement
        'Aunque el cortafuegos admite la regla necesaria, el área de seguridad no autoriza el cambio sin un proceso de aprobación muy largo.', // looks like customer-it-infrastructure-remediation
        'Las licencias ya están compradas; lo que falta es presupuesto para pagar las horas de TI que requiere la preparación.', // looks like billing-licensing-subscription
      ],
      notes: [
        'Licencias OK y asignadas, lo q no hay es budget para el proyecto de remediación', // looks like billing-licensing-subscription
        'No hay partner ni lo han buscado: el propio TI no sabe desplegar Intune', // looks like partner-engagement
        'Usuarios listos y con ganas; el bloqueo es el CAB de TI, q no aprueba la ventana', // looks like adoption-readiness
        'El proxy soporta bypass, pero redes no tiene horas para configurarlo', // looks like customer-it-infrastructure-remediation
      ],
    },
  },
  'adoption-readiness': {
    'ado.training': {
      plain: [
        'El cliente no tiene un plan para formar a los empleados en las nuevas herramientas.',
        'Los dependientes de las tiendas no tendrán tiempo para ninguna formación hasta después de la campaña de Navidad.',
        'Parece que nadie ha pensado cómo enseñar a los usuarios a trabajar con archivos en la nube.',
        'La organización quiere que todo el personal reciba capacitación antes del cambio, pero aún no sabe quién la impartirá ni cuándo.',
      ],
      notes: [
        'Sin plan de capacitación p/ usuarios finales, Cx no quiere abrir Teams sin eso',
        'Formación Copilot para 300 usuarios sin fecha, RRHH no ha cerrado calendario',
        'usuarios de planta sin horas para training hasta que acabe el turno de verano',
        'Cx pide cursos de OneDrive antes de la ola 1, material sin preparar',
      ],
    },
    'ado.resistance': {
      plain: [
        'Los abogados del despacho se niegan a dejar sus carpetas compartidas y no quieren trabajar con OneDrive.',
        'Muchos empleados temen que la nueva forma de trabajar les complique el día a día y se resisten al cambio.',
        'Al parecer los jefes de obra no ven ninguna ventaja en la herramienta y siguen organizándose por WhatsApp.',
      ],
      notes: [
        'Médicos no quieren Teams, "el correo nos basta"; adopción estancada',
        'rechazo fuerte de mandos intermedios a Copilot, miedo a q los evalúen x uso',
        'Comerciales boicotean el piloto, vuelven a Excel por correo',
        'Profes del colegio no quieren usar Teams, dicen q "se cae"; revisado: cero incidencias en el SHD, es rechazo al cambio',
      ],
    },
    'ado.departments': {
      plain: [
        'El área de ventas se ve mucho más afectada por el cambio que el resto de la empresa y pide más tiempo.',
        'Finanzas depende tanto de su manera actual de trabajar que el cambio le afecta más que a ningún otro departamento.',
      ],
      notes: [
        'Depto. legal muy impactado x cambio a SPO, resto OK; Rollout parcial en espera',
        'Call center (1.200 agentes) es el grupo más afectado, piden ola aparte',
      ],
    },
    'ado.culture': {
      plain: [
        'La cultura de la empresa es muy jerárquica y tendría que cambiar para que el trabajo colaborativo tenga sentido.',
        'No existe ningún plan de adopción ni de gestión del cambio dirigido a los empleados.',
        'El cliente reconoce que su forma de trabajar, basada en papel y firmas, debe cambiar antes de sacar provecho del servicio.',
      ],
      notes: [
        'Cultura muy presencial, "si no te ven no trabajas"; Teams no despega',
        'No hay plan de adopción, Cx lo quiere antes de seguir con Viva',
        'Falta estrategia de change management p/ usuarios, nadie la lidera',
      ],
    },
    'ado.business-process': {
      plain: [
        'Antes de usar la nueva herramienta, el negocio tiene que rediseñar su proceso de aprobación de pedidos.',
        'El circuito de documentos entre departamentos está pensado para papel y hay que redefinirlo primero.',
        'La empresa tiene que pactar con el comité de empresa un protocolo de desconexión digital antes de llevar Teams a los móviles de los técnicos; en el piloto el servicio no dio ningún problema.',
      ],
      notes: [
        'Proceso de compras se rediseña antes de pasarlo a Teams/Lists, ETA Q2',
        'Flujo de aprobaciones comerciales por email, negocio tiene q redefinirlo antes de SPO',
        'Circuito de firmas de facturas en papel, negocio debe rediseñarlo antes de pasar a SPO/Teams; la plataforma va bien',
      ],
    },
    'ado.business-decision': {
      plain: [
        'La dirección ha decidido aplazar el proyecto hasta que termine la temporada alta.',
        'El patrocinador del proyecto se fue de la compañía y nadie en la dirección ha tomado el relevo.',
        'Con la reorganización en marcha, el comité de dirección no quiere decidir nada sobre el despliegue.',
        'Puede que el negocio no retome el tema hasta después del cierre del ejercicio, según comentó el director general.',
      ],
      notes: [
        'Sponsor de negocio sin nombrar, Go-live sin fecha',
        'Negocio congela cambios hasta el cierre de ejercicio (marzo)',
        'Reorg en curso, Dirección pospone decisión sobre Copilot a Q4',
        'Vendimia = temporada alta, la bodega no quiere cambios hasta nov',
      ],
    },
    'ado.communication': {
      plain: [
        'Los empleados todavía no han sido informados del cambio y el cliente no tiene un plan de comunicación.',
        'No hay una red de embajadores ni nadie en las áreas que explique a sus compañeros lo que viene.',
        'Después de un piloto mal explicado, en el que nadie contó a los comerciales por qué sus carpetas pasaban a OneDrive, el comité de dirección ha frenado el proyecto; el servicio ha funcionado sin incidencias en todo momento.',
      ],
      notes: [
        'Sin champions ni comunicación interna, usuarios no saben q migran el lunes',
        'Comunicación interna no ha sacado nada del Rollout, Cx prefiere no arrancar',
      ],
    },
    'ado.border': {
      plain: [
        'El equipo de TI está listo, pero el personal de administración no ha recibido ninguna formación y no sabe usar la herramienta.', // looks like it-change-management-resourcing
        'El contrato y las licencias están en orden; es la dirección general la que ha preferido esperar a que pase la reorganización.', // looks like billing-licensing-subscription
        'El partner tiene todo preparado, pero las unidades de negocio no han designado a nadie para acompañar a los usuarios.', // looks like partner-engagement
        'Los mandos intermedios dicen que Copilot no es fiable, pero no ha habido ninguna incidencia; lo que ocurre es que corre el rumor de que Recursos Humanos revisará lo que cada uno le pregunta.', // looks like service-reliability
        'El partner terminó la configuración hace semanas; la espera se debe a que la asesoría jurídica y la dirección académica todavía no han decidido quién podrá consultar los expedientes de los alumnos en SharePoint.', // looks like partner-engagement
      ],
      notes: [
        'TI y helpdesk OK, el problema es q los comerciales no quieren usar Teams', // looks like it-change-management-resourcing
        'No es tema de compra: negocio pospone Copilot hasta definir casos de uso x área', // looks like billing-licensing-subscription
        'Partner listo p/ capacitar, falta q RRHH apruebe el plan de cambio', // looks like partner-engagement
        'Licencias de Copilot asignadas, falta q dirección apruebe la política de uso de IA generativa', // looks like billing-licensing-subscription
      ],
    },
  },
  'product-feature-capability': {
    'pfc.missing-feature': {
      plain: [
        'El servicio no ofrece una función que el cliente considera imprescindible para sus reuniones con clientes externos.',
        'Al parecer no hay forma de hacer con las listas compartidas lo que el cliente necesita, y tampoco existe una alternativa razonable.',
        'El cliente necesita un tipo de informe de actividad que el producto todavía no genera.',
        'La herramienta de reservas carece de una opción que la clínica usa a diario con su sistema actual.',
        'La filial estadounidense del cliente trabaja en un tenant GCC High y, según el equipo de cuenta, Bookings todavía no está disponible en esa nube.',
      ],
      notes: [
        'Teams no tiene la opción de moderación q pide comunicación interna p/ sus town halls',
        'Cx necesita una función en Bookings q hoy no existe, sin ella no sale',
        'Falta en SPO un control documental q exige el área de calidad, gap confirmado x el CSA',
        'Planner no cubre un requisito funcional clave del PMO, sin workaround; Cx no sigue',
        'Tenant DoD del Cx: Loop y Copilot no disponibles en esa nube, da igual la licencia',
      ],
    },
    'pfc.bug': {
      plain: [
        'Un error del producto impide a los usuarios compartir archivos grandes, y soporte ha confirmado que se trata de un fallo conocido.',
        'El cliente ha dado con un fallo en la sincronización que estropea los nombres de archivo con tildes y está pendiente de corrección.',
      ],
      notes: [
        'Bug confirmado x soporte en las reglas de transporte de EXO, sin fecha de fix',
        'Copilot en Excel da error en libros con tablas dinámicas, caso abierto, bug reconocido',
      ],
    },
    'pfc.security-privacy': {
      plain: [
        'El área de seguridad pide un control de privacidad que el servicio no ofrece, y sin él no autoriza el despliegue.',
        'Falta una opción de cifrado con clave propia para un tipo de datos concreto, y el cliente no puede seguir sin ella.',
        'La planta de China está en la nube operada por 21Vianet, donde no están disponibles algunas funciones de Purview que el grupo usa para etiquetar documentos, y la licencia global no ayuda.',
      ],
      notes: [
        'CISO exige restringir acceso x ubicación en una función q el servicio no permite',
        'Falta opción de privacidad en los informes de uso, el DPO bloquea Copilot',
      ],
    },
    'pfc.certification': {
      plain: [
        'El cliente, del sector sanitario, necesita una certificación de cumplimiento que el servicio no tiene en su país.',
        'El regulador exige una acreditación específica que Microsoft aún no ha obtenido para este servicio.',
      ],
      notes: [
        'Organismo público pide ENS nivel alto para Copilot, certificación no disponible aún',
        'Banco necesita attestation SOC para una función nueva, MS no la tiene publicada',
      ],
    },
    'pfc.data-residency': {
      plain: [
        'La ley obliga al cliente a guardar los datos dentro del país y el servicio no tiene centro de datos allí.',
        'Los datos de ciertos servicios se almacenarían fuera de la región, algo que la normativa del cliente no permite.',
        'El cliente creó su tenant en la región de España, pero al parecer las consultas del asistente a la web pueden tratarse fuera de la región, y ninguna suscripción ni complemento lo impide.',
      ],
      notes: [
        'Normativa exige datos en el país, no hay región MS local → Cx público parado',
        'Residencia de datos: parte del procesamiento sale de la UE, legal no lo acepta',
        'ADR contratado, pero no cubre las transcripciones de Teams → DPO no firma',
      ],
    },
    'pfc.client-support': {
      plain: [
        'La aplicación de escritorio no está disponible para el sistema operativo que usan los ingenieros del cliente.',
        'El cliente necesita que la aplicación funcione con un lector de pantalla concreto y hoy no lo admite del todo.',
        'El cliente, una administración autonómica, necesita la interfaz en una lengua cooficial que la aplicación no ofrece.',
        'Un cliente peruano, con todas las licencias asignadas, necesita subtítulos en quechua en las reuniones con las comunidades, y el servicio no los ofrece en ningún plan.',
      ],
      notes: [
        'App de Teams no soporta las tablets industriales de planta, Cx sin alternativa',
        'Cliente de Outlook sin soporte de euskera en una función clave, el ayuntamiento no avanza',
        'Sin app para los relojes/handhelds q usan en almacén, Rollout frontline parado',
        'Licencias Copilot asignadas pero los resúmenes de Teams no soportan catalán (aún), Generalitat espera',
      ],
    },
    'pfc.parity': {
      plain: [
        'En su sistema local el cliente tiene una función de archivo que no encuentra en el servicio en la nube.',
        'La solución de la competencia que usan hoy ofrece algo que el producto de Microsoft no cubre.',
        'El cliente no quiere renunciar a una capacidad de su plataforma actual que la nueva no iguala.',
      ],
      notes: [
        'Teams no iguala una función de webinars q marketing usa hoy en Zoom, bloqueante p/ ellos',
        'Exchange on-prem tenía una config de carpetas públicas q EXO no replica, gap sin resolver',
        'Google Workspace les da algo en Drive q OD4B no tiene, dirección no acepta perderlo',
      ],
    },
    'pfc.roadmap': {
      plain: [
        'La carencia ya está registrada con el grupo de producto y el cliente espera a que aparezca en la hoja de ruta.',
        'Se abrió una petición de mejora para esta función y, hasta que no tenga fecha, el cliente no avanzará.',
      ],
      notes: [
        'DCR abierto en OneList, PG sin ETA; Cx espera al roadmap',
        'Petición vía GetHelp aceptada, feature prevista para "el 2S", seguimos bloqueados',
      ],
    },
    'pfc.border': {
      plain: [
        'El cliente pensó que bastaba con pasar a un plan superior, pero la función que necesita no existe en ninguna licencia.', // looks like billing-licensing-subscription
        'No se trata de un programa propio del cliente: es la aplicación móvil de Microsoft la que no admite el tipo de certificado que usan.', // looks like app-compatibility
        'Aunque el cliente revisó su configuración a fondo, el servicio simplemente no permite la combinación de dominios que necesita.', // looks like customer-it-infrastructure-remediation
        'El fallo se repite cada vez que se hace lo mismo y soporte lo ha reconocido como error del producto, no como una caída del servicio.', // looks like service-reliability
        'Aunque el cliente estaba dispuesto a pagar la licencia más alta, el grupo de producto confirma que el control que pide sobre las grabaciones no existe en ningún plan ni complemento.', // looks like billing-licensing-subscription
        'Microsoft no vende planes de llamadas en el país donde está el centro de atención del cliente, así que no es cuestión de comprar más licencias: la telefonía de Microsoft simplemente no está disponible allí.', // looks like billing-licensing-subscription
        'No hay ninguna incidencia en el estado del servicio y todo lo demás funciona, pero Microsoft ha confirmado un error en Planner que borra las fechas de las tareas al copiar un plan.', // looks like service-reliability
      ],
      notes: [
        'Ni con E5 ni con add-on: la función no existe en ningún SKU, DCR abierto', // looks like billing-licensing-subscription
        'No es su LOB: la app oficial de Teams para Android es la q no soporta sus dispositivos', // looks like app-compatibility
        'Cx ya ajustó su config, pero EXO no admite el formato de direcciones q necesitan', // looks like customer-it-infrastructure-remediation
        'No es incidente: error reproducible en Forms al exportar, PG lo reconoce como bug', // looks like service-reliability
        'Consultado con LSS: ni E5 ni add-on incluyen el cobro por adelantado en Bookings, no es tema de licencias', // looks like billing-licensing-subscription
        'Sin incidencia, health dashboard OK: bug confirmado en la sync de OneDrive con rutas largas, PG trabajando', // looks like service-reliability
      ],
    },
  },
  'app-compatibility': {
    'app.lob': {
      plain: [
        'La aplicación de gestión interna del cliente deja de funcionar cuando los usuarios pasan al nuevo correo en la nube.',
        'El sistema de facturación que desarrolló el propio cliente no es compatible con la nueva versión de Office.',
        'Parece que el programa de nóminas no puede leer los archivos una vez guardados en la nube.',
        'Una aplicación crítica del área de operaciones no funciona con el servicio y el cliente no puede prescindir de ella.',
        'El área de calidad tiene sus procedimientos en formularios de InfoPath publicados en la granja local, y habrá que rehacerlos todos antes de migrar esos sitios.',
        'La aseguradora aún gestiona los expedientes de peritaje en aplicaciones de Lotus Notes que deben reconstruirse en otra plataforma antes de apagar Domino.',
      ],
      notes: [
        'ERP propio no funciona con M365 Apps 64 bits, Rollout parado en finanzas',
        'App de logística (in-house) rompe al mover los ficheros a SPO, rutas UNC hardcodeadas',
        'sistema de turnos del hospital no abre los docs desde OD4B, revisando con desarrollo',
        'App de siniestros de la aseguradora falla con Outlook nuevo, 600 peritos afectados',
        '≈70 BBDD Access en el share de compras/almacén, hay q rehacerlas en Power Apps antes de pasar el share a SPO',
        'Intranet con web parts propias full-trust (WSP), no van en SPO, rehacer en SPFx',
      ],
    },
    'app.vendor': {
      plain: [
        'El proveedor del software contable todavía no ha certificado su producto con la versión actual de Office.',
        'El fabricante de la aplicación de diseño no tiene aún una versión compatible con el servicio en la nube.',
        'El cliente está esperando a que la empresa que le vende el programa de gestión publique una versión compatible.',
        'El fabricante del software de digitalización de facturas dice que su versión actual solo habla EWS con autenticación básica y no promete fecha para una compatible.',
      ],
      notes: [
        'Proveedor del CRM no certifica con EXO hasta la v5, ETA 2026',
        'Vendor del software de laboratorio no da soporte si pasan al canal mensual',
        'ISV de la app de farmacia sin versión compatible con Win11, sin roadmap',
        'Vendor del EDI solo soporta MAPI contra Exchange on-prem, versión con Graph para 2026',
      ],
    },
    'app.addins': {
      plain: [
        'Varios complementos de Outlook que usa el área comercial dejan de funcionar con la nueva versión.',
        'El complemento de Word para la firma electrónica no carga después de actualizar Office.',
        'Es posible que los complementos de Excel que usa tesorería no sean compatibles con la versión de 64 bits.',
      ],
      notes: [
        'Add-in COM de Excel para el ERP no carga en M365 Apps, finanzas no puede migrar',
        'Plugin de Outlook de archivado legal roto tras el upgrade, Cx frena Rollout',
        'Complementos de Word de la notaría dejan de aparecer en la cinta, sin solución aún',
      ],
    },
    'app.macros': {
      plain: [
        'Las macros que usa contabilidad en sus hojas de cálculo fallan con la nueva versión de Excel.',
        'El cliente tiene cientos de plantillas de Word con código VBA que habrá que revisar antes del cambio.',
        'Tesorería depende de libros de Excel con VBA que automatizan Outlook, algo que el nuevo Outlook ya no admite, así que hay que reescribirlos.',
      ],
      notes: [
        'Fórmulas personalizadas en Excel dan #NAME? tras el upgrade, libros críticos de tesorería',
        'Macros VBA de 32 bits no compilan en Office 64, inventario de +500 archivos',
      ],
    },
    'app.identity': {
      plain: [
        'Algunas aplicaciones internas necesitan un formato de nombre de usuario distinto del que requiere el servicio.',
        'Una aplicación antigua solo admite autenticación básica y dejaría de funcionar al endurecer el inicio de sesión.',
        'Una herramienta interna de avisos envía correo mediante SMTP AUTH con autenticación básica y no podrá seguir funcionando cuando se desactive en el tenant.',
      ],
      notes: [
        'App de RRHH requiere UPN = sAMAccountName, choca con el cambio de UPN p/ M365',
        'App de tickets envía por SMTP con auth básica, sin soporte de modern auth',
        'Herramienta de informes in-house lee buzones x EWS + basic auth, rota en EXO, reescribir con Graph/OAuth',
      ],
    },
    'app.testing': {
      plain: [
        'Aún no se han probado las aplicaciones de negocio con el nuevo servicio, y el cliente no quiere seguir sin esas pruebas.',
        'Las pruebas de compatibilidad de las aplicaciones internas han dado varios errores que hay que analizar.',
      ],
      notes: [
        'Testing de apps LOB con M365 Apps sin hacer, 40 apps en inventario',
        'UAT de aplicaciones críticas con fallos en 6 de 20, Go-live pospuesto',
      ],
    },
    'app.integration': {
      plain: [
        'La integración del CRM con el correo deja de funcionar al migrar los buzones.',
        'La conexión entre la centralita telefónica del cliente y Teams falla, y no se pueden recibir llamadas externas.',
        'El sistema de digitalización de documentos del cliente ya no consigue enviar lo escaneado a su repositorio.',
        'El antiguo sistema de EDI con los proveedores recoge los pedidos de un buzón por POP3 con una contraseña fija, y parece que dejará de funcionar al mover los buzones.',
      ],
      notes: [
        'Conector de archivado de terceros no funciona con EXO, legal no deja migrar',
        'Integración Salesforce–Outlook rota tras la migración de buzones, ventas presionando',
        'Conector del gestor documental in-house con SPO devuelve 401, desarrollo sin fecha',
      ],
    },
    'app.border': {
      plain: [
        'Teams funciona bien; lo que falla es el conector del fabricante de la centralita, que no está certificado para el servicio.', // looks like product-feature-capability
        'La actualización de Windows está lista, pero no se puede desplegar porque el software de control de producción no funciona en la nueva versión.', // looks like customer-it-infrastructure-remediation
        'El cliente dice que "Excel no sirve", aunque en realidad son sus propios complementos de cálculo los que dejan de funcionar.', // looks like product-feature-capability
        'El navegador nuevo ya está instalado, pero la aplicación web interna de reservas solo funciona con el antiguo.', // looks like customer-it-infrastructure-remediation
        'El directorio está sincronizado y los equipos unidos en híbrido; el problema es la intranet de nóminas, que solo admite autenticación integrada de Windows y tiene que reprogramarse.', // looks like customer-it-infrastructure-remediation
      ],
      notes: [
        'No es gap de EXO: el software de archivado del Cx no soporta la API nueva', // looks like product-feature-capability
        'Imagen Win11 lista, el bloqueo es la app de nóminas, no certificada x el proveedor', // looks like customer-it-infrastructure-remediation
        'Cx culpa a Teams, pero es su integración con el CRM (desarrollo propio) la q falla', // looks like product-feature-capability
        'Edge ya desplegado; la intranet legacy ni en modo IE funciona, hay q reescribirla', // looks like customer-it-infrastructure-remediation
        'No es AD ni red: son los workflows 2013 de RRHH (hechos x el Cx) los q no migran, rehacer en Power Automate', // looks like customer-it-infrastructure-remediation
      ],
    },
  },
  'partner-engagement': {
    'par.selection': {
      plain: [
        'El cliente todavía no ha elegido a ningún partner para hacer el despliegue.',
        'La organización lleva semanas buscando un partner con experiencia en su sector y no encuentra ninguno disponible.',
        'Hay dos propuestas de partners sobre la mesa y el cliente no termina de decidirse por ninguna.',
        'Parece que en la zona del cliente no hay partners que trabajen con esta solución, y eso retrasa el arranque.',
      ],
      notes: [
        'Sin partner seleccionado, RFP abierta hasta el 30/06',
        'Cx pidió partners con experiencia en Intune en Monterrey, aún sin candidato',
        'Selección de partner atascada, 3 ofertas sin evaluar desde mayo',
        'Cx quiere partner con sede en Chile p/ Copilot, shortlist vacía',
      ],
    },
    'par.contracting': {
      plain: [
        'El contrato con el partner está pendiente de firma y, sin él, no puede empezar a trabajar.',
        'El área de compras del cliente aún no ha tramitado el pedido para contratar al partner.',
        'Según el cliente, el jurídico sigue revisando las condiciones del acuerdo con el partner.',
        'El partner es también el revendedor CSP del cliente; las licencias están activas y bien asignadas, pero la propuesta de servicios para desplegar Intune sigue sin firmarse.',
      ],
      notes: [
        'SOW con partner pdte de firma en legal del Cx, kickoff sin fecha',
        'PO del partner sin aprobar, arranque movido a octubre',
        'Partner y Cx negociando tarifas del SOW, 3a vuelta',
        'Revendedor CSP = partner de despliegue, E5 activo; SOW de migración a EXO sin firmar por el Cx',
      ],
    },
    'par.skills': {
      plain: [
        'El partner asignado no tiene experiencia en la migración de buzones y el proyecto no avanza.',
        'Parece que el equipo del partner nunca ha desplegado Copilot y está aprendiendo sobre la marcha.',
        'El partner contratado se ha atascado con la parte técnica de la telefonía y no sabe cómo resolverla.',
      ],
      notes: [
        'Partner sin skills en Purview, DLP mal configurado, retrabajo constante',
        'Consultor del partner no conoce Autopilot, piden ayuda a FastTrack para todo',
        'Partner hace su 1a migración de SPO con este Cx, muchos errores',
      ],
    },
    'par.scope': {
      plain: [
        'El contrato del partner solo cubre la migración del correo y deja fuera todo lo relacionado con Teams.',
        'El partner dice que la formación de usuarios no entra en su alcance y no la hará sin ampliar el contrato.',
        'Al distribuidor solo se le contrató la venta de licencias y el alta básica del tenant, así que nadie tiene el encargo de migrar los buzones.',
      ],
      notes: [
        'SOW solo incluye EXO, OD4B fuera de alcance → partner no lo toca',
        'Partner limita alcance a 500 usuarios, quedan 1.500 sin cubrir',
        'Change request al SOW para Intune pdte, partner no avanza sin él',
        'Partner contratado solo p/ licenciamiento + setup básico del tenant, OD4B fuera de contrato',
      ],
    },
    'par.unresponsive': {
      plain: [
        'El partner no contesta a los correos de Microsoft desde hace varias semanas.',
        'El cliente no consigue que el partner le devuelva las llamadas ni que confirme la siguiente fase.',
      ],
      notes: [
        'Partner sin respuesta al FM desde el 12/05, 3 recordatorios',
        'Ni el Cx logra contactar al partner, proyecto parado',
      ],
    },
    'par.relationship': {
      plain: [
        'La relación entre el cliente y el partner se ha deteriorado tras varios retrasos y ahora apenas colaboran.',
        'El cliente no está contento con el trabajo del partner y se está planteando rescindir el contrato.',
      ],
      notes: [
        'Cx y partner en disputa por las horas facturadas, trabajo detenido',
        'Mala relación Cx-partner tras migración fallida, no se hablan',
      ],
    },
    'par.capacity': {
      plain: [
        'El partner no tiene consultores disponibles hasta el próximo trimestre.',
        'Al partner se le marcharon dos técnicos y ya no puede atender todos sus proyectos.',
      ],
      notes: [
        'Partner sin gente libre hasta Q3, Cx espera',
        'Partner sobrecargado con otros clientes, 1 consultor para 3 Tenants',
        'Partner reasignó al arquitecto a otro proyecto, reemplazo TBD',
      ],
    },
    'par.border': {
      plain: [
        'Al cliente no le falta experiencia interna: son los consultores del partner contratado los que no saben configurar la solución.', // looks like it-change-management-resourcing
        'Lo que está sin firmar no es el acuerdo con Microsoft, sino la propuesta de trabajo del partner.', // looks like billing-licensing-subscription
        'El partner se comprometió a encargarse de la formación de los usuarios, pero todavía no ha entregado ni el plan.', // looks like adoption-readiness
        'Todo pasa por el mismo proveedor y parece un tema de facturación, pero las suscripciones se renovaron a tiempo; lo pendiente es la orden de cambio del contrato de servicios para implantar Purview.', // looks like billing-licensing-subscription
        'El partner, que también factura las licencias al cliente, pide un anticipo para empezar el despliegue y el cliente no lo ha aprobado; las suscripciones están pagadas y activas.', // looks like billing-licensing-subscription
      ],
      notes: [
        'Licencias y EA OK; lo pendiente es el SOW del partner', // looks like billing-licensing-subscription
        'TI del Cx capacitado, el q no sabe es el partner (1er proyecto de Teams Phone)', // looks like it-change-management-resourcing
        'Plan de adopción era entregable del partner y sigue sin aparecer', // looks like adoption-readiness
        'No es de licencias: CSP renovado en junio; lo bloqueado es la orden de cambio del partner p/ SPO', // looks like billing-licensing-subscription
      ],
    },
  },
  'billing-licensing-subscription': {
    'bil.assignment': {
      plain: [
        'Las licencias compradas todavía no se han aplicado en el entorno del cliente.',
        'El cliente no tiene suficientes licencias para todos los usuarios que quiere migrar.',
        'Parece que las licencias ya se facturaron, pero no están disponibles para asignarlas a los usuarios.',
      ],
      notes: [
        'Licencias E3 compradas pero no visibles en el Tenant, caso abierto con LSS',
        'Faltan 200 licencias p/ la ola 2',
        'Copilot: 50 licencias asignadas de 300, resto sin aplicar',
      ],
    },
    'bil.transfer': {
      plain: [
        'Hay que trasladar las licencias del entorno antiguo al nuevo antes de seguir.',
        'Después de la fusión, las licencias tienen que pasar al inquilino de la empresa compradora.',
        'El cliente necesita mover sus suscripciones a otra región geográfica y el trámite no avanza.',
      ],
      notes: [
        'Transferencia de licencias entre Tenants (filial → matriz) atascada',
        'Cambio de geo requiere mover las suscripciones, pdte con LSA',
        'Tras la escisión, licencias siguen en el Tenant del grupo, nadie las traspasa',
      ],
    },
    'bil.sku': {
      plain: [
        'El cliente compró la versión comercial del servicio cuando, por ser organismo público, necesita la nube de gobierno.',
        'La referencia adquirida no es la adecuada para el tipo de usuarios que tiene el cliente.',
      ],
      notes: [
        'SKU equivocado: compraron F3 para oficinistas q necesitan E3',
        'Contratista de defensa necesita GCC High, compró comercial',
      ],
    },
    'bil.seats': {
      plain: [
        'El cliente quiere reducir el número de puestos contratados y la renovación está bloqueada hasta aclararlo.',
        'Falta regularizar el recuento de usuarios antes de ampliar el despliegue.',
      ],
      notes: [
        'True-up pdte, +800 usuarios sin regularizar',
        'Cx pide restar 1.000 seats a mitad de contrato, en revisión con el seller',
      ],
    },
    'bil.agreement': {
      plain: [
        'La renovación del contrato con Microsoft está atascada y el cliente no quiere avanzar hasta cerrarla.',
        'El acuerdo Enterprise con Microsoft sigue sin firmarse.',
        'Es probable que el cliente no retome el despliegue mientras siga abierta la negociación con Microsoft.',
      ],
      notes: [
        'EA vence el 30/06, renovación en negociación, todo en pausa',
        'Contrato MCA sin firmar, seller empujando',
        'Cx no firma el EA hasta q le mejoren el descuento en Copilot',
      ],
    },
    'bil.plan': {
      plain: [
        'La función que el cliente necesita solo viene en un plan superior al que tiene contratado.',
        'Para usar la protección avanzada de la información, el cliente tendría que pasar a otra suscripción.',
        'El cliente quiere grabar llamadas con funciones avanzadas, pero eso exige un complemento que no ha comprado.',
      ],
      notes: [
        'Cx en E3, necesita funciones de E5 Compliance p/ Purview',
        'Teams Premium requerido para lo q piden, no está en su plan',
        'Usuarios E1 sin apps de escritorio, hay q subir de plan',
      ],
    },
    'bil.procurement': {
      plain: [
        'La compra de licencias está parada porque finanzas quiere tratarla como inversión y no como gasto.',
        'El departamento de compras no ha emitido todavía la orden para las licencias.',
        'El cliente, una entidad pública, solo puede adquirir las licencias por licitación y el proceso aún no ha terminado.',
      ],
      notes: [
        'PO de licencias Copilot retenida en compras hasta el nuevo FY',
        'CapEx vs OpEx: finanzas no aprueba suscripción mensual',
        'licitación de licencias en curso, adjudicación ETA dic',
      ],
    },
    'bil.border': {
      plain: [
        'Parece que la función no existe, pero en realidad está incluida en un plan que el cliente no ha comprado.', // looks like product-feature-capability
        'El revendedor está de por medio, pero el bloqueo real es que las suscripciones siguen a nombre del inquilino antiguo.', // looks like partner-engagement
        'El presupuesto que falta no es para el trabajo de TI, sino para comprar las licencias que necesita el despliegue.', // looks like it-change-management-resourcing
      ],
      notes: [
        'No es gap de producto: el etiquetado automático viene en E5 y Cx tiene E3', // looks like product-feature-capability
        'El contrato pendiente es el EA con MS, no el del partner', // looks like partner-engagement
        'Negocio quiere avanzar, pero no hay PO para las licencias hasta abril', // looks like adoption-readiness
      ],
    },
  },
  'service-reliability': {
    'rel.outage': {
      plain: [
        'Una caída del correo que duró casi un día ha hecho que el cliente dude antes de migrar al resto de usuarios.',
        'Después de la interrupción de la semana pasada, la dirección no quiere seguir con el despliegue.',
        'El servicio estuvo sin funcionar varias horas en plena jornada y el cliente ha puesto el proyecto en pausa.',
      ],
      notes: [
        'Incidente de EXO del martes (6 h sin correo) → Cx congela la ola 3',
        'Outage de Teams en pleno cierre de mes, el CFO pide pausa',
        'Caída de M365 ayer en varias regiones, Cx revisa si sigue con la migración',
        'Llamadas de Teams se cortan en 5 sucursales, MS confirmó incidente en el servicio de medios → ola 2 parada, no es tema de adopción',
      ],
    },
    'rel.performance': {
      plain: [
        'Los usuarios notan mucha latencia al abrir documentos, y Microsoft ha confirmado que el problema está de su lado.',
        'Según el panel de estado, el servicio ha tenido degradación de rendimiento varias veces este mes y el cliente ha perdido confianza.',
        'El área comercial pide devolver las licencias de Copilot: no rechaza la herramienta, pero cada resumen de un expediente en Word tarda cerca de un minuto y Microsoft ha reconocido lentitud en el servicio.',
      ],
      notes: [
        'Latencia alta en SPO confirmada x MS (degradación en la región), Cx pausa migración',
        'Respuestas de Copilot tardan >1 min, problema de capacidad del lado MS',
        'Intune con degradación, políticas tardan 3-4 h en aplicarse, alta de equipos nuevos frenada',
      ],
    },
    'rel.doubt': {
      plain: [
        'El cliente duda de que el servicio en la nube esté disponible siempre que lo necesite, aunque no ha tenido ningún problema.',
        'A la dirección le preocupa que el servicio no sea lo bastante maduro para una operación crítica.',
        'Al parecer el comité de riesgos no se fía de poner el correo de toda la empresa en manos de un servicio externo.',
      ],
      notes: [
        'Cx desconfía de la disponibilidad de la nube, "¿y si se cae?"',
        'El consejo ve Copilot muy verde todavía, no quiere arriesgar',
        'Gerencia teme q la nube no aguante el pico de fin de mes',
      ],
    },
    'rel.control': {
      plain: [
        'El cliente teme perder el control que hoy tiene sobre sus servidores si pasa todo a la nube.',
        'A la dirección le inquieta depender de un tercero para algo que hasta ahora gestionaba en su propio centro de datos.',
      ],
      notes: [
        'Cx no quiere soltar el control de sus servidores on-prem, miedo a depender de MS',
        'Infra teme no poder intervenir si algo falla en la nube',
      ],
    },
    'rel.updates': {
      plain: [
        'Al cliente le preocupa que los cambios del servicio lleguen a los usuarios sin previo aviso.',
        'La organización teme que las novedades del producto aparezcan de un día para otro y desconcierten a la gente.',
      ],
      notes: [
        'Cx molesto x cambios en la UI de Teams sin aviso, teme más sorpresas',
        'Miedo a q features nuevas de Copilot se activen solas en el Tenant',
      ],
    },
    'rel.backup': {
      plain: [
        'El cliente no tiene claro cómo recuperaría sus datos si se borraran en el servicio.',
        'Preocupa la posibilidad de perder información en la nube sin saber si existe una copia de seguridad.',
        'El área legal pregunta qué ocurriría con los documentos si el proveedor sufriera un fallo grave.',
      ],
      notes: [
        'Dudas sobre backup de SPO/OD4B, legal teme pérdida de datos',
        'Cx pregunta q pasa si MS pierde buzones, no se fía de la retención',
      ],
    },
    'rel.trust': {
      plain: [
        'El cliente no conoce la documentación de transparencia y confianza que publica Microsoft.',
        'Los acuerdos de nivel de servicio no le parecen suficientes al cliente para una operación crítica.',
      ],
      notes: [
        'SLA del 99,9% no convence al comité de riesgos',
        'Cx no ha visto el Service Trust Portal, pide garantías por escrito',
      ],
    },
    'rel.incident-impact': {
      plain: [
        'El último incidente del servicio dejó a todo el centro de llamadas sin poder atender a clientes durante horas.',
        'Una incidencia en la plataforma retrasó la facturación del mes y el negocio exige explicaciones antes de seguir.',
        'Tras el corte, los médicos no pudieron acceder a sus documentos en plena consulta y el hospital ha perdido confianza.',
        'Las videoconsultas de los centros de salud se cortaron durante días por un problema del servicio que Microsoft confirmó, y la consejería ha detenido la siguiente ola.',
      ],
      notes: [
        'Incidente de Teams Phone dejó 400 agentes sin llamadas 3 h, negocio furioso',
        'Caída de OD4B en cierre contable → impacto en finanzas, piden RCA',
        'Ventas perdió un día de pedidos x incidente de EXO, gerente bloquea ola 2',
      ],
    },
    'rel.border': {
      plain: [
        'La lentitud que ven los usuarios no viene de su red: Microsoft ha reconocido una degradación del servicio en la región.', // looks like customer-it-infrastructure-remediation
        'No es que al servicio le falte ninguna función; el cliente desconfía porque ha sufrido varias interrupciones seguidas.', // looks like product-feature-capability
        'TI ya tiene un proceso para las actualizaciones; lo que preocupa a la dirección es que el servicio cambie sin avisar a los usuarios.', // looks like it-change-management-resourcing
        'Puede parecer que los usuarios no quieren el cambio, pero dejaron de usar OneDrive porque, durante una degradación reconocida por Microsoft, la sincronización tardaba horas.', // looks like adoption-readiness
        'Tras dos incidentes este año, la CNBV pidió al banco evidencia de la continuidad y la resiliencia del servicio; no falta ninguna certificación, lo que se cuestiona es la estabilidad, y la migración de tesorería espera.', // looks like product-feature-capability
      ],
      notes: [
        'Red del Cx revisada y limpia, la lentitud es del servicio (aviso en el SHD)', // looks like customer-it-infrastructure-remediation
        'Cx dice "EXO no sirve", pero es x las 3 caídas del trimestre, no x falta de features', // looks like product-feature-capability
        'Proceso de cambios de TI OK; el miedo es a q MS cambie cosas sin aviso', // looks like it-change-management-resourcing
        'Cx dice q a Copilot "le falta algo"; en realidad MS reconoce latencia >1 min, las funciones están todas', // looks like product-feature-capability
      ],
    },
  },
};
