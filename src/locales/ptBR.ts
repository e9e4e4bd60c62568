import { LocaleText } from './types';

/** Português (Brasil): o conteúdo do guia estratégico (playbook-pages/) e todos os textos que o bot mostra. */
export const ptBR: LocaleText = {
  locale: 'pt-BR',
  languageName: 'Português (Brasil)',
  playbook: {
    l1: {
      name: 'Bloqueado',
      definition:
        'O cliente pretende usar a carga de trabalho, mas há problemas impeditivos que precisam ser removidos com a ajuda das equipes de Conta ou de Engenharia.',
    },
    l2: {
      'customer-it-infrastructure-remediation': {
        name: 'Infraestrutura de TI do cliente e correção',
        definition:
          'Dependências de componentes da infraestrutura de TI ao redor, no ambiente do cliente (por exemplo, dispositivos de VPN incompatíveis, atualizações de hardware, complexidades do Active Directory, cenários híbridos, cliente, navegador), bloqueiam a adoção.',
        scope: 'O problema deve estar relacionado a uma tecnologia. NÃO está relacionado a pessoas ou processos.',
        validExamples: [
          'O cliente precisa atualizar o Internet Explorer (IE) ou o Windows.',
          'O cliente tem complexidades de AD que precisam ser resolvidas antes da implantação.',
          'A rede do cliente não tem largura de banda suficiente e precisa ser atualizada.',
          'O cliente está passando por uma fusão e não pode migrar até que os ambientes do Active Directory sejam mesclados.',
          'O cliente tem uma configuração específica que não é compatível com o serviço do Office 365 (O365).',
        ],
        invalidExamples: [
          {
            text: 'O departamento de TI não tem conhecimento especializado na arquitetura necessária para implantar o serviço.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'O cliente tem processos técnicos específicos em vigor que não podem ser alterados.',
            belongsTo: 'it-change-management-resourcing',
          },
        ],
      },
      'it-change-management-resourcing': {
        name: 'Gerenciamento de mudanças e recursos de TI',
        definition:
          'A manutenção ou as atualizações do serviço interrompem os processos e as políticas de TI existentes do cliente (por exemplo, processos de TI, monitoramento, tratamento de incidentes, descoberta de problemas, política de uso doméstico), o que bloqueia a adoção. A solução exige reformular o processo ou a política para gerenciar a mudança. O cliente também pode não ter os recursos (orçamento ou pessoas) para fazer a correção.',
        scope:
          'O problema deve estar relacionado aos administradores técnicos ou às equipes de TI. NÃO está diretamente relacionado à tecnologia subjacente, à preparação dos usuários ou às regras de negócios.',
        validExamples: [
          'A TI não tem pessoal ou orçamento suficiente para executar a implantação neste trimestre.',
          'O departamento de TI não tem conhecimento especializado na arquitetura necessária para implantar o serviço.',
          'A cadência mensal de atualizações do serviço quebra a forma como a TI certifica o software interno.',
          'A central de suporte técnico não está pronta para dar suporte a uma carga de trabalho na nuvem.',
        ],
        invalidExamples: [
          {
            text: 'O hardware de proxy e de firewall não consegue lidar com o tráfego para o serviço.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          {
            text: 'Os usuários não foram treinados e a empresa não está pronta para a mudança.',
            belongsTo: 'adoption-readiness',
          },
          {
            text: 'O parceiro contratado para a implantação não tem as habilidades necessárias.',
            belongsTo: 'partner-engagement',
          },
        ],
      },
      'adoption-readiness': {
        name: 'Preparação para a adoção',
        definition:
          'O cliente está impedido de adotar o serviço por problemas de gerenciamento de mudanças interno, incluindo a preparação dos usuários finais ou processos de negócios. Não use esta opção para problemas de gerenciamento de mudanças de TI.',
        scope:
          'Quase sempre se trata da preparação ou do treinamento dos usuários, às vezes de uma decisão de negócios; nunca de pessoal de TI ou de tecnologia.',
        validExamples: [
          'Ainda não há um plano para treinar os usuários finais no novo serviço.',
          'Os líderes de negócios querem esperar o fim da alta temporada antes de mudar a forma como as pessoas trabalham.',
          'Um departamento depende da forma atual de trabalhar e não vai migrar sem um plano de mudança.',
        ],
        invalidExamples: [
          {
            text: 'A equipe de TI não tem tempo para preparar a implantação.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'Os usuários não conseguem entrar por causa de complexidades do AD.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'product-feature-capability': {
        name: 'Recurso/funcionalidade do produto',
        definition:
          'Recursos e funcionalidades essenciais do produto ou serviço (incluindo configurações, recursos e certificações de segurança e privacidade) estão ausentes ou contêm erros. Resolvido principalmente por meio do GetHelp ou do OneList.',
        scope:
          'A lacuna está no próprio produto ou serviço da Microsoft, não no ambiente ou nos aplicativos do cliente.',
        validExamples: [
          'O cliente precisa de um recurso que o serviço ainda não tem, e ele está registrado no OneList.',
          'Uma certificação de segurança exigida pelo cliente não está disponível para o serviço.',
          'Um erro do produto impede um cenário-chave e não há solução alternativa.',
        ],
        invalidExamples: [
          {
            text: 'O recurso existe, mas apenas em um plano que o cliente não comprou (E5).',
            belongsTo: 'billing-licensing-subscription',
          },
          {
            text: 'O aplicativo de linha de negócios do próprio cliente não funciona com o serviço.',
            belongsTo: 'app-compatibility',
          },
        ],
      },
      'app-compatibility': {
        name: 'Compatibilidade de aplicativos',
        definition:
          'Os aplicativos de linha de negócios (LOB) do cliente não são compatíveis, ou não têm compatibilidade certificada, com os serviços de nuvem e estão atrasando a implantação ou o uso.',
        scope: 'O bloqueio são os próprios aplicativos ou suplementos do cliente, não um recurso ausente do serviço.',
        validExamples: [
          'Um suplemento crítico do Outlook para de funcionar com o Microsoft 365 Apps (Office ProPlus).',
          'O fornecedor do ERP não certificou seu produto com a nova versão do Office.',
          'Um aplicativo interno precisa de um formato de UPN diferente do usado pela identidade na nuvem.',
        ],
        invalidExamples: [
          { text: 'O serviço não tem um recurso que o cliente exige.', belongsTo: 'product-feature-capability' },
          {
            text: 'O Windows precisa ser atualizado antes da implantação.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
        ],
      },
      'partner-engagement': {
        name: 'Engajamento do parceiro',
        definition:
          'Atraso na seleção ou contratação de um parceiro, ou o parceiro está bloqueado na implantação técnica e/ou no suporte à adoção (por exemplo, limitação de escopo, experiência limitada).',
        scope: 'O bloqueio é o parceiro: encontrá-lo ou contratá-lo, ou a capacidade do parceiro de entregar.',
        validExamples: [
          'O cliente ainda não selecionou um parceiro para a implantação.',
          'A declaração de trabalho (SOW) com o parceiro ainda está em negociação.',
          'O parceiro tem pouca experiência com esta carga de trabalho e o projeto está parado.',
        ],
        invalidExamples: [
          {
            text: 'A equipe de TI não tem as habilidades necessárias e nenhum parceiro foi considerado.',
            belongsTo: 'it-change-management-resourcing',
          },
          {
            text: 'O Contrato Enterprise do cliente com a Microsoft não foi assinado.',
            belongsTo: 'billing-licensing-subscription',
          },
        ],
      },
      'billing-licensing-subscription': {
        name: 'Cobrança, licenciamento e assinatura',
        definition:
          'A implementação está bloqueada até que os problemas de assinatura sejam resolvidos (por exemplo, aplicação de licenças, transferência de licenças, SKU incorreto ou redução de assentos). A solução exige o envolvimento do vendedor, do LSS e/ou do LSA.',
        scope: 'Trata do que o cliente comprou ou pode comprar; exige o vendedor, o LSS ou o LSA, e não a engenharia.',
        validExamples: [
          'As licenças precisam ser transferidas para um novo locatário antes da implantação.',
          'O cliente comprou o SKU comercial, mas precisa da nuvem governamental (GCC).',
          'A renovação do Contrato Enterprise (EA) está parada.',
        ],
        invalidExamples: [
          { text: 'Um recurso está ausente em todos os planos do serviço.', belongsTo: 'product-feature-capability' },
          { text: 'O contrato com o parceiro não foi assinado.', belongsTo: 'partner-engagement' },
        ],
      },
      'service-reliability': {
        name: 'Confiabilidade do serviço',
        definition:
          'Redução da confiança do cliente devido ao desempenho do serviço, incluindo latência e/ou incidentes de serviço não planejados (interrupções).',
        scope: 'Trata da confiança na disponibilidade e no desempenho do serviço, não de um recurso ausente.',
        validExamples: [
          'Após a interrupção do mês passado, o cliente pausou a migração.',
          'Os usuários relatam latência no serviço e a liderança duvida que ele suporte a carga.',
          'O cliente duvida que os dados possam ser recuperados se o serviço falhar.',
        ],
        invalidExamples: [
          {
            text: 'A largura de banda da rede do cliente é baixa demais para o serviço.',
            belongsTo: 'customer-it-infrastructure-remediation',
          },
          { text: 'Falta uma certificação de conformidade no serviço.', belongsTo: 'product-feature-capability' },
        ],
      },
    },
    questions: {
      kind: {
        ask: 'Qual é o principal impedimento?',
      },
      'detail-infrastructure': {
        ask: 'O que precisa mudar primeiro no ambiente do cliente?',
      },
      'detail-it-team': {
        ask: 'O que está travando do lado da equipe de TI do cliente?',
      },
      'detail-adoption': {
        ask: 'O que está travando do lado dos usuários ou da empresa?',
      },
      'detail-feature': {
        ask: 'O que falta ou está errado no serviço da Microsoft?',
      },
      'detail-apps': {
        ask: 'O que está travando nos aplicativos do próprio cliente?',
      },
      'detail-partner': {
        ask: 'O que está travando do lado do parceiro?',
      },
      'detail-licensing': {
        ask: 'O que está travando nas licenças ou nos contratos?',
      },
      'detail-reliability': {
        ask: 'O que está abalando a confiança do cliente no serviço?',
      },
      'ms-must-change': {
        ask: 'A Microsoft teria que mudar o produto para o cliente poder seguir em frente (adicionar um recurso, uma configuração ou uma certificação, ou corrigir um bug)?',
        finding: 'a Microsoft teria que mudar o produto',
      },
      'service-confidence': {
        ask: 'O que segura o cliente é a confiança dele no serviço da Microsoft (disponibilidade, velocidade ou confiabilidade)?',
        finding: 'a confiança do cliente no serviço é o que o segura',
      },
      commercial: {
        ask: 'O bloqueio tem a ver com o que o cliente comprou ou precisa comprar da Microsoft (licenças, assinaturas, o contrato)?',
        finding: 'há uma questão comercial pendente com a Microsoft (licenças, assinaturas, contrato)',
      },
      'env-change': {
        ask: 'Algo no próprio ambiente de TI do cliente precisa ser atualizado, substituído ou reconfigurado primeiro (rede, dispositivos, diretório, servidores, Windows ou navegadores)?',
        finding: 'algo no próprio ambiente de TI do cliente precisa mudar primeiro',
      },
      'own-apps': {
        ask: 'O problema é um aplicativo, suplemento ou integração do próprio cliente (não um produto da Microsoft) que não funciona com o serviço?',
        finding: 'um aplicativo, suplemento ou integração do próprio cliente não funciona com o serviço',
      },
      'partner-involved': {
        ask: 'Um parceiro (uma consultoria ou revenda contratada pelo cliente) faz parte desta implantação?',
        finding: 'um parceiro faz parte da implantação',
      },
      'partner-holds-up': {
        ask: 'É o parceiro que está travando o avanço (ainda não foi escolhido ou contratado, não responde ou não consegue fazer o trabalho)?',
        finding: 'o parceiro está travando o avanço',
      },
      'it-team': {
        ask: 'A restrição é a própria equipe de TI do cliente (pessoas, tempo, orçamento, habilidades, processos ou políticas)?',
        finding: 'a própria equipe de TI do cliente é a restrição',
      },
      'users-business': {
        ask: 'Quem não está pronto são os usuários finais ou os líderes de negócios, e não a TI (treinamento, resistência, uma decisão de esperar)?',
        finding: 'os usuários finais ou os líderes de negócios não estão prontos',
      },
      'inf-devices': {
        ask: 'Há problemas na configuração de computadores de mesa ou dispositivos para o serviço?',
        finding: 'problemas na configuração de computadores de mesa ou dispositivos para o serviço',
        option: 'Configurar PCs ou dispositivos',
      },
      'inf-network': {
        ask: 'O cliente está tendo problemas com dispositivos de rede, largura de banda ou a conexão com o serviço (por exemplo, VPN, firewall)?',
        finding: 'problemas com dispositivos de rede, largura de banda ou conexão (VPN, firewall)',
        option: 'Rede, VPN, firewall ou banda',
      },
      'inf-server-upgrade': {
        ask: 'O cliente precisa atualizar para uma nova versão do Exchange ou do SharePoint antes de migrar?',
        finding: 'o Exchange/SharePoint precisa ser atualizado antes da migração',
        option: 'Atualizar o Exchange/SharePoint',
      },
      'inf-directory': {
        ask: 'O diretório do cliente precisa de ajustes primeiro (Active Directory, sincronização de identidades, federação)?',
        finding: 'o diretório (Active Directory, sincronização de identidades, federação) precisa de ajustes primeiro',
        option: 'AD, sincronização ou federação',
      },
      'inf-merger': {
        ask: 'Uma fusão, aquisição ou cisão da empresa está por trás do bloqueio?',
        finding: 'uma fusão, aquisição ou cisão da empresa está por trás do bloqueio',
        option: 'Fusão, aquisição ou cisão',
      },
      'm365-windows-image': {
        ask: 'O cliente está impedido de implantar o Microsoft 365 Apps (Office ProPlus) até concluir a imagem do Windows 10?',
        finding: 'a implantação do Microsoft 365 Apps aguarda a imagem do Windows 10',
        option: 'Aguardando a imagem do Windows 10',
      },
      'm365-packaging': {
        ask: 'Há problemas na criação ou na implantação de pacotes?',
        finding: 'problemas na criação ou na implantação de pacotes',
        option: 'Criação ou implantação de pacotes',
      },
      'm365-channel': {
        ask: 'O cliente está enfrentando problemas de comunicação do canal?',
        finding: 'problemas de comunicação do canal',
        option: 'Problemas de comunicação do canal',
      },
      'm365-update-solution': {
        ask: 'Há problemas para entender ou implantar uma solução de atualização para o serviço?',
        finding: 'problemas para entender ou implantar uma solução de atualização',
        option: 'A solução de atualização',
      },
      'teams-exchange-first': {
        ask: 'O cliente está esperando para implantar o Exchange primeiro?',
        finding: 'aguardando a implantação do Exchange primeiro',
        option: 'Implantar o Exchange primeiro',
      },
      'itcm-resourcing': {
        ask: 'Faltam ao cliente pessoal de TI, tempo dos administradores ou orçamento para o trabalho?',
        finding: 'faltam pessoal de TI, tempo dos administradores ou orçamento',
        option: 'Faltam pessoas, tempo ou orçamento',
      },
      'itcm-skills': {
        ask: 'Faltam à própria equipe de TI do cliente as habilidades necessárias para esta carga de trabalho?',
        finding: 'a equipe de TI do cliente não tem as habilidades para a carga de trabalho',
        option: 'A TI não tem as habilidades',
      },
      'itcm-helpdesk': {
        ask: 'A central de suporte técnico do cliente precisa ser preparada antes de poder dar suporte à carga de trabalho?',
        finding: 'a central de suporte técnico precisa ser preparada para dar suporte à carga de trabalho',
        option: 'Preparar a central de suporte',
      },
      'itcm-update-cadence': {
        ask: 'A cadência de atualizações do serviço entra em conflito com a forma como a TI testa, aprova ou gerencia seus softwares?',
        finding:
          'a cadência de atualizações do serviço entra em conflito com a forma como a TI gerencia seus softwares',
        option: 'Cadência de atualizações vs. TI',
      },
      'itcm-allow-lists': {
        ask: 'A TI tem dificuldade em manter atualizadas as listas de permissões de rede (URLs e intervalos de IP)?',
        finding: 'a TI tem dificuldade em manter atualizadas as listas de permissões de rede',
        option: 'Manter listas de permissões em dia',
      },
      'itcm-policy': {
        ask: 'Uma política de TI ou de segurança do cliente precisa ser reescrita primeiro?',
        finding: 'uma política de TI ou de segurança precisa ser reescrita primeiro',
        option: 'Mudar política de TI ou segurança',
      },
      'ado-user-education': {
        ask: 'Os usuários precisam de treinamento ou capacitação antes que a implantação possa seguir?',
        finding: 'os usuários precisam de treinamento ou capacitação primeiro',
        option: 'Usuários precisam de treinamento',
      },
      'ado-departments': {
        ask: 'Alguns departamentos são muito mais afetados do que outros?',
        finding: 'alguns departamentos são muito mais afetados do que outros',
        option: 'Alguns departamentos mais afetados',
      },
      'ado-culture': {
        ask: 'A cultura ou a forma de trabalhar da empresa precisa mudar primeiro?',
        finding: 'a cultura ou a forma de trabalhar da empresa precisa mudar primeiro',
        option: 'Cultura ou forma de trabalhar',
      },
      'ado-plan': {
        ask: 'O cliente precisa de um plano de adoção ou de gerenciamento de mudanças antes de seguir em frente?',
        finding: 'é preciso primeiro um plano de adoção ou de gerenciamento de mudanças',
        option: 'Falta um plano de adoção',
      },
      'ado-business-decision': {
        ask: 'Os líderes de negócios estão adiando a implantação ou ainda não decidiram sobre ela (por motivos que não sejam licenças ou parceiro)?',
        finding: 'os líderes de negócios estão adiando ou ainda não decidiram',
        option: 'Líderes adiando ou sem decisão',
      },
      'pfc-requirement': {
        ask: 'Há uma funcionalidade ou configuração de que o cliente precisa e que o serviço não oferece?',
        finding: 'o serviço não oferece uma funcionalidade ou configuração de que o cliente precisa',
        option: 'Falta um recurso ou configuração',
      },
      'pfc-bug': {
        ask: 'Há um bug em um produto da Microsoft que impede o cliente de avançar?',
        finding: 'um bug em um produto da Microsoft impede o cliente de avançar',
        option: 'Um bug no produto',
      },
      'pfc-logged': {
        ask: 'A lacuna foi registrada com o grupo de produtos (OneList ou GetHelp)?',
        finding: 'a lacuna está registrada com o grupo de produtos (OneList/GetHelp)',
      },
      'pfc-security': {
        ask: 'A necessidade é de segurança, privacidade ou conformidade (um controle, uma configuração ou uma certificação)?',
        finding: 'a necessidade é de segurança, privacidade ou conformidade',
        option: 'Segurança, privacidade, compliance',
      },
      'pfc-residency': {
        ask: 'Os dados do cliente precisam ficar em um país ou região onde o serviço não oferece armazenamento de dados?',
        finding: 'os dados precisam ficar em um país ou região onde o serviço não oferece armazenamento',
        option: 'Residência de dados não disponível',
      },
      'pfc-workaround': {
        ask: 'O cliente tem hoje uma solução alternativa aceitável?',
        finding: 'existe hoje uma solução alternativa aceitável',
      },
      'pfc-competitor': {
        ask: 'Um produto concorrente oferece o que o cliente precisa?',
        finding: 'um produto concorrente oferece o que o cliente precisa',
      },
      'app-lob-testing': {
        ask: 'Os testes dos aplicativos do próprio cliente com o serviço mostraram problemas?',
        finding: 'os testes dos aplicativos do próprio cliente com o serviço mostraram problemas',
        option: 'Testes mostraram problemas',
      },
      'app-vendor': {
        ask: 'Falta algum fornecedor de aplicativo certificar ou dar suporte ao produto dele com o serviço?',
        finding: 'falta um fornecedor de aplicativo certificar ou dar suporte ao produto com o serviço',
        option: 'Fornecedor ainda não certificou',
      },
      'app-identity': {
        ask: 'Os aplicativos do cliente precisam de uma configuração de login ou de identidade diferente (por exemplo, outro formato de UPN ou autenticação legada)?',
        finding:
          'os aplicativos precisam de uma configuração de login ou de identidade diferente (por exemplo, formato de UPN, autenticação legada)',
        option: 'Login ou identidade diferente',
      },
      'm365-addins': {
        ask: 'Os suplementos do Office (Outlook, Excel, Word) param de funcionar?',
        finding: 'os suplementos do Office (Outlook, Excel, Word) param de funcionar',
        option: 'Suplementos do Office falham',
      },
      'm365-excel-formulas': {
        ask: 'As fórmulas personalizadas ou as macros do Excel são afetadas pela atualização?',
        finding: 'as fórmulas personalizadas ou as macros do Excel são afetadas pela atualização',
        option: 'Fórmulas ou macros do Excel',
      },
      'par-skills': {
        ask: 'Faltam ao parceiro as habilidades ou a experiência necessárias para esta carga de trabalho?',
        finding: 'o parceiro não tem as habilidades ou a experiência para a carga de trabalho',
        option: 'Faltam habilidades ou experiência',
      },
      'par-finding': {
        ask: 'O cliente ainda está procurando um parceiro ou ainda está contratando um?',
        finding: 'ainda procurando ou contratando um parceiro',
        option: 'Ainda sem parceiro contratado',
      },
      'par-relationship': {
        ask: 'A relação entre o cliente e o parceiro está desgastada?',
        finding: 'a relação entre o cliente e o parceiro está desgastada',
        option: 'Relação desgastada',
      },
      'par-unresponsive': {
        ask: 'O parceiro parou de responder (ao cliente ou à Microsoft)?',
        finding: 'o parceiro parou de responder',
        option: 'Parou de responder',
      },
      'par-scope': {
        ask: 'O contrato do parceiro (SOW) deixa de fora algum trabalho necessário para a implantação?',
        finding: 'o contrato do parceiro (SOW) deixa de fora trabalho necessário para a implantação',
        option: 'SOW não cobre todo o trabalho',
      },
      'bil-assignment': {
        ask: 'Há licenças faltando, ainda não atribuídas ou em quantidade errada?',
        finding: 'há licenças faltando, não atribuídas ou em quantidade errada',
        option: 'Licenças faltando/não atribuídas',
      },
      'bil-platform': {
        ask: 'O cliente comprou a plataforma ou o SKU errado (por exemplo, precisa de uma nuvem governamental)?',
        finding: 'a plataforma ou o SKU comprado está errado',
        option: 'Plataforma ou SKU errado',
      },
      'bil-tenant-move': {
        ask: 'Licenças ou assinaturas precisam ser transferidas (para outro tenant, data center ou região, ou após uma fusão)?',
        finding: 'licenças ou assinaturas precisam ser transferidas (tenant, data center ou região)',
        option: 'Licenças precisam ser transferidas',
      },
      'bil-capex': {
        ask: 'A compra está travada pela aprovação do orçamento, por um pedido de compra (PO) ou pela forma como é contabilizada (despesa de capital, CAPEX)?',
        finding: 'a compra está travada pela aprovação do orçamento, por um PO ou pela contabilização',
        option: 'Orçamento, PO ou contabilização',
      },
      'bil-contract': {
        ask: 'Um Contrato Enterprise (EA) ou outro contrato com a Microsoft está parado?',
        finding: 'um Contrato Enterprise ou outro contrato com a Microsoft está parado',
        option: 'EA ou contrato parado',
      },
      'bil-plan-features': {
        ask: 'O cliente precisa de recursos fora do plano atual (por exemplo, passar do E3 para o E5)?',
        finding: 'precisa de recursos fora do plano atual (por exemplo, do E3 para o E5)',
        option: 'Recursos fora do plano (ex.: E5)',
      },
      'rel-incidents': {
        ask: 'O cliente observou interrupções, incidentes ou lentidão no serviço da Microsoft?',
        finding: 'o cliente observou interrupções, incidentes ou lentidão no serviço',
        option: 'Quedas, incidentes ou lentidão',
      },
      'rel-backup': {
        ask: 'O cliente duvida que seja possível fazer backup e recuperar os dados dele no serviço?',
        finding: 'dúvida de que seja possível fazer backup e recuperar os dados no serviço',
        option: 'Dúvidas sobre backup e recuperação',
      },
      'rel-transparency': {
        ask: 'O cliente pediu comprovação da confiabilidade do serviço (SLA, histórico de disponibilidade, materiais de confiança e transparência)?',
        finding: 'o cliente pediu comprovação da confiabilidade do serviço',
        option: 'Pediu provas de confiabilidade',
      },
      'rel-control': {
        ask: 'O cliente está preocupado em perder o controle em comparação com rodar a solução on-premises?',
        finding: 'preocupação em perder o controle em comparação com o on-premises',
        option: 'Medo de perder o controle',
      },
      'rel-updates': {
        ask: 'O cliente está preocupado com a forma como as atualizações e mudanças chegam aos usuários?',
        finding: 'preocupação com a forma como as atualizações e mudanças chegam aos usuários',
        option: 'Como as atualizações chegam',
      },
    },
    kindOptions: {
      environment: {
        title: 'Ambiente de TI do cliente',
        hint: 'rede, dispositivos, diretório, servidores, versões do Windows ou do navegador precisam mudar primeiro',
        finding: 'algo no ambiente de TI do cliente está impedindo o avanço',
      },
      'it-org': {
        title: 'Equipe de TI do cliente',
        hint: 'faltam pessoas, tempo, orçamento ou habilidades; processos ou políticas de TI',
        finding: 'a equipe de TI do cliente é a restrição',
      },
      users: {
        title: 'Usuários ou a empresa',
        hint: 'treinamento, preparação, resistência, uma decisão de negócios de esperar',
        finding: 'os usuários ou a empresa não estão prontos',
      },
      'service-gap': {
        title: 'Falta no serviço da Microsoft',
        hint: 'um recurso, uma configuração ou uma certificação que falta, ou um bug',
        finding: 'falta no serviço da Microsoft algo que o cliente precisa',
      },
      apps: {
        title: 'Aplicativos do próprio cliente',
        hint: 'aplicativos de linha de negócios, suplementos ou integrações que falham com o serviço',
        finding: 'os aplicativos do próprio cliente estão impedindo o avanço',
      },
      partner: {
        title: 'Um parceiro',
        hint: 'escolher ou contratar um parceiro, ou o trabalho dele',
        finding: 'a implantação está travada no parceiro',
      },
      licensing: {
        title: 'Licenças ou contratos',
        hint: 'o que o cliente comprou ou precisa comprar, o contrato com a Microsoft',
        finding: 'há licenças ou contratos pendentes',
      },
      trust: {
        title: 'Confiança no serviço',
        hint: 'interrupções, lentidão, dúvidas sobre confiabilidade ou controle',
        finding: 'a confiança do cliente no serviço está impedindo o avanço',
      },
    },
    workloads: {
      'm365-apps': 'Microsoft 365 Apps',
      teams: 'Teams',
      other: 'Outra carga de trabalho',
    },
    phases: {
      assignment: {
        name: 'Atribuição',
        situation:
          'O cliente pretende usar o serviço, mas um ou mais problemas o impedem de avançar com a implantação.',
      },
      delivery: {
        name: 'Entrega',
        situation:
          'O cliente pretende usar o serviço, mas um ou mais problemas o impedem de avançar com a implantação.',
      },
    },
    ftop: {
      labels: {
        whoUpdates: 'Quem atualiza o FTOP',
        l1: 'Valor de L1',
        l2: 'Valor de L2',
        l3: 'Valor de L3',
        serviceStatus: 'Status do serviço',
        engagementScenario: 'Cenário de engajamento do serviço',
        targetDate: 'Data prevista',
        owner: 'Responsável',
        notes: 'Notas',
        nextActionDate: 'Data da próxima ação',
        nextAction: 'Próxima ação a ser tomada',
      },
      values: {
        assignment: {
          whoUpdates: 'FM de Atribuição',
          l1: 'Bloqueado',
          l3: 'Nenhum ainda (L3s em breve)',
          serviceStatus: 'N/D',
          engagementScenario: 'Escolha o cenário apropriado',
          targetDate: 'N/D',
          owner: 'FM de Entrega',
          nextActionDate: 'Data da discussão inicial',
          nextAction: 'Reunião inicial',
        },
        delivery: {
          whoUpdates: 'FM de Entrega',
          l1: 'Bloqueado',
          l3: 'Nenhum ainda (L3s em breve)',
          serviceStatus: 'N/D',
          engagementScenario: 'Mantenha o valor anterior',
          targetDate: 'Data prevista de desbloqueio',
          owner: 'Equipe de conta',
          nextActionDate: 'A definir',
          nextAction: 'Depende do L2/L3',
        },
      },
    },
  },
  ui: {
    botName: 'Triagem de bloqueios',
    commandWords: {
      start: ['iniciar', 'triagem', 'começar'],
      help: ['ajuda'],
      list: ['listar', 'lista'],
      explain: ['explicar'],
      summary: ['resumo'],
      clearSummary: ['limpar resumo'],
      language: ['idioma'],
    },
    actions: {
      startTriage: 'Iniciar triagem',
      listL2s: 'Listar L2s',
      help: 'Ajuda',
      back: 'Voltar',
      startOver: 'Recomeçar',
      chooseMyself: 'Escolher o L2 por conta própria',
      useThis: 'Usar este L2',
      explain: 'Explicar',
      tryAgain: 'Tentar novamente',
      showPhase: 'Fase de {phase}',
      change: 'Alterar',
      backToResult: 'Voltar ao resultado',
      thatsIt: 'É isso',
      walkMe: 'Guie-me passo a passo',
      showAll: 'Mostrar todos os L2s',
      language: 'Idioma',
      settle: 'Adicionar ao resumo da revisão',
      copyForFtop: 'Copiar para o FTOP',
      clearSummary: 'Limpar resumo',
      confirmClear: 'Sim, limpar',
      cancel: 'Cancelar',
      changeAnswer: 'Alterar a resposta a “{question}”',
      explainL2: 'Explicar {l2}',
      page: 'Página do L2',
      use: 'Usar',
      details: 'Detalhes',
    },
    answers: { y: 'Sim', n: 'Não', u: 'Não sei', none: 'Nenhuma destas' },
    welcome: {
      title: 'Triagem de bloqueios do FastTrack',
      intro:
        'Quando uma implantação está com L1 **Bloqueado** no FTOP, encontro o L2 certo e entrego os campos do FTOP e uma linha de notas prontos para colar.',
      fastest:
        'O jeito mais rápido: descreva aqui o bloqueio com suas palavras, por exemplo “o cliente aguarda o novo contrato EA”. Respondo na hora com o L2.',
      more: 'Ou digite iniciar para seguir as perguntas do manual passo a passo, e ajuda para ver todos os comandos.',
      channelTip: 'Em um canal ou chat em grupo, mencione-me com @: todos veem o mesmo cartão.',
    },
    help: {
      title: 'O que posso fazer',
      commands: [
        { command: 'iniciar', description: 'Inicia uma triagem guiada (também: triagem).' },
        { command: 'listar', description: 'Lista os oito motivos L2 de “Bloqueado”.' },
        {
          command: 'explicar <L2>',
          description:
            'Mostra a página de um L2, por ID ou nome (por exemplo, explicar compatibilidade de aplicativos).',
        },
        { command: 'ajuda', description: 'Mostra este cartão.' },
        { command: 'resumo', description: 'O resumo da revisão desta conversa, com um bloco para copiar no FTOP.' },
        { command: 'resumo csv', description: 'O mesmo resumo como arquivo CSV.' },
        { command: 'limpar resumo', description: 'Esvazia o resumo da revisão, após uma confirmação.' },
        { command: 'idioma', description: 'Escolhe o idioma em que respondo.' },
      ],
      cards:
        'Em cada pergunta, você pode voltar, recomeçar ou escolher o L2 por conta própria. O resultado mostra os campos do FTOP para a fase de Atribuição ou de Entrega.',
      channelTip: 'Em um canal ou chat em grupo, mencione-me com @ antes do comando.',
    },
    workload: {
      title: 'Triagem de uma implantação bloqueada',
      prompt: 'Qual carga de trabalho está bloqueada?',
    },
    question: {
      progress: 'Pergunta {number} de no máximo {max} · {workload}',
      leaning: 'Tendência: {l2}',
    },
    result: {
      title: '{l1} › {l2}',
      confidence: {
        one: 'Confiança: {percent} após {count} resposta',
        many: 'Confiança: {percent} após {count} de respostas',
        other: 'Confiança: {percent} após {count} respostas',
      },
      chosen: 'Escolhido por você',
      fromDescription: 'Confiança: {percent}, pela sua descrição',
      why: 'Por quê',
      definition: 'Definição',
      scope: 'Escopo',
      confirm: 'Confirme com o cliente',
      workloadQuestions: 'Para {workload}',
      notThis: 'Não é este L2 quando…',
      belongsTo: '{example} → {l2}',
      ftop: 'Campos do FTOP, fase de {phase}',
      ftopAll: 'Todos os campos do FTOP, fase de {phase}',
      notesLine: 'Linha de notas para o FTOP',
      notRight: 'Não está certo? Outros candidatos',
      runnerUp: '{l2} · {percent}',
      unsettledTitle: 'As respostas não decidem a questão',
      unsettledIntro: 'Estes L2 combinam com as suas respostas. Escolha o que corresponde, ou escolha entre os oito.',
      useCandidate: 'Usar {l2}',
      nextAction: 'Remover o bloqueio: {l2}',
      portal: '{portal} ({local})',
    },
    notes: {
      head: '{l1} – {l2} [{id}]',
      headWorkload: '{l1} – {l2} [{id}] ({workload})',
      withDetails: '{head}: {details}.',
      withoutDetails: '{head}.',
      separator: '; ',
    },
    choose: {
      title: 'Escolher o L2',
      intro: 'Escolha o L2 adequado.',
      kept: 'Suas respostas até agora são mantidas.',
    },
    list: {
      title: '{l1}: os oito motivos L2',
      intro: '{definition}',
    },
    explain: {
      validExamples: 'Se encaixa, por exemplo',
      invalidExamples: 'Não se encaixa (use o L2 indicado)',
      confirm: 'Perguntas para confirmar com o cliente',
      workloadQuestions: 'Perguntas específicas da carga de trabalho para {workload}',
      notFound: 'Não conheço um L2 chamado “{query}”. Aqui estão os oito; digite explicar e um ID ou um nome.',
      missing: 'Qual L2? Digite explicar e um ID ou um nome, por exemplo, explicar engajamento do parceiro.',
    },
    stale: {
      title: 'Este cartão está desatualizado',
      text: 'Ele foi criado por uma versão mais antiga do bot, ou seus dados foram alterados. Comece novamente para obter um cartão novo.',
    },
    error: {
      title: 'Algo deu errado do meu lado',
      text: 'Suas respostas estão mantidas neste cartão. Tente novamente ou recomece.',
      message:
        'Desculpe, algo deu errado do meu lado. Suas respostas estão mantidas: clique no cartão novamente ou digite iniciar.',
    },
    suggestion: {
      title: 'Parece ser: {l2}',
      youWrote: 'Você escreveu',
      confidence: 'Confiança: {percent}',
      why: 'Por quê',
      evidenceTerm: '“{text}” aponta para {l2}',
      evidenceExample: 'Como “{text}” ({l2})',
      alsoPossible: 'Também é possível',
      abstain: 'Não tenho certeza de qual L2 é este. Vamos analisar passo a passo.',
      truncated: '(abreviado)',
    },
    language: {
      title: 'Escolha seu idioma',
      changed: 'A partir de agora, vou responder em {language}.',
    },
    summary: {
      title: {
        one: 'Resumo da revisão: {count} bloqueio',
        many: 'Resumo da revisão: {count} de bloqueios',
        other: 'Resumo da revisão: {count} bloqueios',
      },
      empty:
        'Nada foi registrado nesta conversa ainda: conclua uma triagem e clique em “Adicionar ao resumo da revisão”.',
      customer: 'Cliente',
      workload: 'Carga de trabalho',
      l2: 'L2',
      notes: 'Notas',
      confirmedBy: 'Confirmado por',
      when: 'Quando',
      copyHeading: 'Copiar para o FTOP',
      csvName: 'resumo-da-revisao.csv',
      csvReady: 'O resumo da revisão como arquivo CSV.',
      clearQuestion: 'Limpar o resumo da revisão desta conversa? Esta ação não pode ser desfeita.',
      cleared: 'O resumo da revisão foi limpo.',
      kept: 'O resumo da revisão foi mantido.',
      settled: 'Adicionado ao resumo da revisão por {name}.',
      answeredBy: 'por {name}',
      unknownCustomer: '(não informado)',
    },
    extensions: {
      quoted: '{author} escreveu',
      from: 'mensagem de {author}',
      fromMessage: 'mensagem citada',
      posted: 'Estou publicando a sugestão abaixo da mensagem, onde todos aqui podem trabalhar nela.',
      dialogTitle: 'Fazer a triagem deste bloqueio',
      privateIntro:
        'Só você vê isto: não sou membro desta conversa. Publique para compartilhar ou me adicione à conversa para que todos trabalhem no mesmo cartão.',
      post: 'Publicar na conversa',
      noText: 'Essa mensagem não tem texto que eu consiga ler. Descreva o bloqueio com suas próprias palavras.',
      fits: 'Corresponde à descrição: {percent}%',
    },
    files: {
      tsvHeading: 'Tabela para o Excel (separada por tabulações)',
      howTo:
        'Bots não podem enviar arquivos em canais, chats em grupo ou reuniões. Copie a tabela e cole no Excel: ela preenche as colunas, e você pode salvá-la como arquivo lá.',
      declined: 'Certo, sem arquivo. Digite resumo para ver o resumo da revisão aqui.',
      expired: 'Essa oferta de arquivo expirou. Digite resumo csv para receber uma nova.',
      failed: 'Não consegui enviar o arquivo. Nada foi perdido: digite resumo csv para tentar de novo.',
    },
    notAllowed: 'Este bot não está disponível para sua organização.',
    storageDown:
      'Desculpe, não consigo acessar meu armazenamento agora. Nada foi alterado; tente novamente em um minuto.',
  },
};
